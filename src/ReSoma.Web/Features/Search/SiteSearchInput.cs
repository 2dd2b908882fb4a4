using System.Globalization;

namespace ReSoma.Web.Features.Search;

/// <summary>
/// The GET parameters of /search, and the addresses of the same search with one of them changed. Once the query has
/// checked them, only values it understood are left, so every address it builds (pages, facets, chips, the canonical
/// link) carries meaningful parameters in one order: q, type, area, year, sort, page.
/// </summary>
public sealed record SiteSearchInput(string? Q, string? Type = null, string? Area = null, string? Year = null, string? Sort = null, int Page = 1)
{
    /// <summary>The <c>?sort=</c> value for newest first; relevance, the default, has none.</summary>
    public const string ByDate = "date";

    /// <summary>This search narrowed to <paramref name="type"/> (null: every type), from page 1.</summary>
    public string WithType(string? type) => (this with { Type = type, Page = 1 }).Url();

    public string WithArea(string? area) => (this with { Area = area, Page = 1 }).Url();

    public string WithYear(string? year) => (this with { Year = year, Page = 1 }).Url();

    public string WithSort(string? sort) => (this with { Sort = sort, Page = 1 }).Url();

    /// <summary>This search, page <paramref name="page"/>.</summary>
    public string WithPage(int page) => (this with { Page = page }).Url();

    /// <summary>The words alone: every type, area and year.</summary>
    public string Everywhere() => new SiteSearchInput(Q).Url();

    public string Url()
    {
        var query = new List<string>();
        Add(query, "q", Q?.Trim());
        Add(query, "type", Type);
        Add(query, "area", Area);
        Add(query, "year", Year);
        Add(query, "sort", Sort);
        if (Page > 1)
        {
            Add(query, "page", Page.ToString(CultureInfo.InvariantCulture));
        }

        return query.Count == 0 ? "/search" : "/search?" + string.Join('&', query);
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add(name + "=" + Uri.EscapeDataString(value));
        }
    }
}
