namespace ReSoma.Web.Domain;

public enum BriefStatus
{
    Draft = 1,
    Published = 2,

    /// <summary>Taken back after publication, with a reason; its page stays to explain why.</summary>
    Withdrawn = 3,
}
