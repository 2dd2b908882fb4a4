namespace ReSoma.Web.Infrastructure.Usage;

/// <summary>The kinds of item whose use is counted, as stored in <see cref="Domain.UsageHit.ItemKind"/>.</summary>
public static class UsageKinds
{
    public const string Brief = "brief";
    public const string Interview = "interview";
}
