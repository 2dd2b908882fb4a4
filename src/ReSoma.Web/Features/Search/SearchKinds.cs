using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Search;

/// <summary>A kind of search document as visitors see it: its <c>?type=</c> value and its name on screen.</summary>
public sealed record SearchKind(string Kind, string DisplayName, string SectionPath, string SectionName);

/// <summary>The kinds the site search knows, in the order the facets list them.</summary>
public static class SearchKinds
{
    public static IReadOnlyList<SearchKind> All { get; } =
    [
        new(Topic.SearchKind, "Topic", "/topics", "Topics"),
        new(Brief.SearchKind, "Policy brief", "/briefs", "Policy briefs"),
        new(Consultation.SearchKind, "Consultation", "/consultations", "Consultations"),
        new(Interview.SearchKind, "Interview", "/interviews", "Interviews"),
        new(Event.SearchKind, "Event", "/events", "Events"),
        new(NewsPost.SearchKind, "News", "/news", "News"),
    ];

    /// <summary>The kind a <c>?type=</c> value names, or null for an empty or unknown value.</summary>
    public static SearchKind? Find(string? type) =>
        All.FirstOrDefault(k => string.Equals(k.Kind, type?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The name on screen of a stored kind; a kind this list does not know yet shows as it is stored.</summary>
    public static string DisplayName(string kind) => Find(kind)?.DisplayName ?? kind;
}
