namespace ReSoma.Web.Domain;

/// <summary>How ReSOMA names itself as the publisher of its briefs (citations, metadata, harvesting).</summary>
public static class Publishing
{
    public const string Publisher = "ReSOMA – Research Social Platform on Migration and Asylum";
}
