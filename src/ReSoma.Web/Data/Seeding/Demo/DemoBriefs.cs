using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>An author of a demo brief: a fictional person at a (partner or demo) organisation.</summary>
public sealed record DemoAuthor(string Name, string Organisation);

/// <summary>A demo policy brief, written for the demo portal.</summary>
public sealed record DemoBrief(
    string TopicSlug, BriefSeries Series, string Title, DateOnly Published,
    string Summary, string Body, IReadOnlyList<string> Keywords, IReadOnlyList<DemoAuthor> Authors);

/// <summary>Forty-nine demo briefs across both cycles, all three series and all areas.</summary>
public static class DemoBriefs
{
    public static IReadOnlyList<DemoBrief> All { get; } = [.. DemoBriefs2018.All, .. DemoBriefs2019.All];
}
