namespace ReSoma.Web.Domain;

public enum ContributionStatus
{
    Submitted = 1,
    Accepted = 2,
    Rejected = 3,
}
