using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Usage;

/// <summary>
/// Marks a public action whose successful GET counts as one use of the item named by its slug route value. Read by the
/// counting middleware, which sits in front of the output cache so that a page served from the cache counts too.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class CountsUsageAttribute(string kind, UsageMetric metric) : Attribute
{
    public string Kind { get; } = kind;
    public UsageMetric Metric { get; } = metric;

    /// <summary>The route value that names the item.</summary>
    public string SlugParameter { get; init; } = "slug";
}
