namespace ReSoma.Web.Features.Shared;

/// <summary>What the layout needs to know about a page, set by each view: its title and description for
/// the head, search engines and link previews.</summary>
public sealed class PageMeta
{
    public string Title { get; set; } = "ReSOMA";
    /// <summary>The description of a page that gives none; the layout shows it in the request's language.</summary>
    public const string DefaultDescription = "The Research Social Platform on Migration and Asylum: evidence for EU policy on migration, asylum and integration.";

    public string Description { get; set; } = DefaultDescription;
    public string OgType { get; set; } = "website";

    /// <summary>The site path search engines should index this page under. Lists set it to themselves with the
    /// filters they understood (<see cref="ForList"/>). Null: the request's path without its query, so a tracking
    /// parameter never makes a second copy of a page.</summary>
    public string? CanonicalPath { get; set; }

    /// <summary>The site paths of the previous and next page of a list, for <c>rel="prev"</c> and <c>rel="next"</c>.</summary>
    public string? PrevPath { get; set; }

    public string? NextPath { get; set; }

    /// <summary>A site path or absolute address of a picture for link previews (Open Graph, Twitter); null for none.</summary>
    public string? ImagePath { get; set; }

    /// <summary>Text alternative of <see cref="ImagePath"/>.</summary>
    public string ImageAlt { get; set; } = "";

    /// <summary>Pages that only mirror other pages (search results, previews) ask search engines not to index them.</summary>
    public bool NoIndex { get; set; }

    /// <summary>Calendar feeds the page offers (site path and title), named in the head as <c>rel="alternate"</c> links
    /// so calendar apps and browsers find them; <c>_CalendarSubscribe</c> adds the ones it shows.</summary>
    public IList<(string Path, string Title)> Calendars { get; } = [];

    /// <summary>
    /// A page of a list: canonical to itself, and linked to its neighbours. <paramref name="pageAddress"/> gives the
    /// address of any page of the same list (page 1 without a page parameter), from the list's understood filters.
    /// </summary>
    public void ForList(Func<int, string> pageAddress, int page = 1, int pageCount = 1)
    {
        CanonicalPath = pageAddress(page);
        PrevPath = page > 1 && page <= pageCount ? pageAddress(page - 1) : null;
        NextPath = page < pageCount ? pageAddress(page + 1) : null;
    }

    /// <summary>The absolute address of a site path, or the address itself when it already is absolute.</summary>
    public static string Absolute(string siteRoot, string pathOrUrl) =>
        Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? pathOrUrl
            : siteRoot + (pathOrUrl.StartsWith('/') ? pathOrUrl : "/" + pathOrUrl);

    /// <summary>The canonical path: the view's choice, else the request's path with no trailing slash (but "/").</summary>
    public string CanonicalPathFor(string requestPath) =>
        CanonicalPath ?? (requestPath.Length > 1 ? requestPath.TrimEnd('/') : "/");
}
