using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Usage;

/// <summary>
/// One counted request as it waits in memory for the writer: the item by its slug (resolved to an id in the batch, so
/// the request does no lookup), and the address and browser that are hashed there and never stored.
/// </summary>
public readonly record struct UsageEvent(string Kind, string Slug, UsageMetric Metric, DateTimeOffset At, string? Address, string UserAgent);
