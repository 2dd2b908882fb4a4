namespace ReSoma.Web.Domain;

/// <summary>How often a person's news is mailed to them.</summary>
public enum DigestFrequency
{
    Immediately = 1,
    Daily = 2,
    Weekly = 3,
    Never = 4,
}
