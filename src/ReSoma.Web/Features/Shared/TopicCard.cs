using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Shared;

/// <summary>A topic as listed on the home page and the topic index.</summary>
/// <param name="Slug">The address of the topic's page: its first entry's, for a topic carried over.</param>
/// <param name="SinceYear">The cycle the topic first ran in, when that is an earlier one.</param>
public sealed record TopicCard(string Title, string Slug, Area Area, TopicOrigin Origin, int Year, int? SinceYear = null);

/// <summary>A cycle's topics, grouped by area in the fixed order migration, asylum, integration.</summary>
public sealed record CycleTopics(int Year, CyclePhase Phase, bool IsCurrent, IReadOnlyList<AreaTopics> Areas);

public sealed record AreaTopics(Area Area, IReadOnlyList<TopicCard> Topics);
