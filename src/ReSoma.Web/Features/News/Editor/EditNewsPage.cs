namespace ReSoma.Web.Features.News.Editor;

/// <summary>Another editor's saved version, shown beside the form when a save conflicts.</summary>
public sealed record NewsSnapshot(string Title, DateOnly Date, string Teaser, string Body, string ImageAlt, string Topics, string Events, DateTimeOffset SavedAt, int Version);

public sealed record EditNewsPage(
    int Id,
    string Slug,
    bool IsPublished,
    DateTimeOffset? PublishedAt,
    NewsImage? Image,
    NewsInput Input,
    NewsSnapshot? Theirs = null);
