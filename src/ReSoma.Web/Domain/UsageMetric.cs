namespace ReSoma.Web.Domain;

/// <summary>What a counted use was: a page read or a file downloaded (COUNTER's investigations and requests).</summary>
public enum UsageMetric
{
    View = 1,
    Download = 2,
}
