using System.Globalization;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Search;

/// <summary>The narrowing the site search understood: a type, an area, a year, newest first.</summary>
public sealed record SiteSearchFilters(SearchKind? Kind, Area? Area, int? Year, bool ByDate)
{
    /// <summary>Years outside this are typing mistakes, not searches.</summary>
    private const int FirstYear = 1900, LastYear = 2999;

    /// <summary>
    /// Reads the parameters. A value that means nothing (<c>area=xyz</c>, <c>year=abc</c>, <c>sort=foo</c>) is
    /// ignored with a notice, so a mistyped or old link still searches; the input keeps only what was understood.
    /// </summary>
    public static (SiteSearchFilters Filters, SiteSearchInput Input) Read(SiteSearchInput input, List<string> notices, IStringLocalizer localizer)
    {
        var kind = SearchKinds.Find(input.Type);
        if (!string.IsNullOrWhiteSpace(input.Type) && kind is null)
        {
            notices.Add(localizer["There is no type \"{0}\" to narrow the search to, so every type is shown. The types are: {1}.",
                input.Type.Trim(), string.Join(", ", SearchKinds.All.Select(k => localizer[k.DisplayName].Value))]);
        }

        var area = AreaNames.FromSlug(input.Area?.Trim());
        if (!string.IsNullOrWhiteSpace(input.Area) && area is null)
        {
            notices.Add(localizer["There is no area \"{0}\", so every area is shown. The areas are: {1}.",
                input.Area.Trim(), string.Join(", ", AreaNames.All.Select(a => localizer[a.DisplayName()].Value))]);
        }

        int? year = int.TryParse(input.Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= FirstYear and <= LastYear ? y : null;
        if (!string.IsNullOrWhiteSpace(input.Year) && year is null)
        {
            notices.Add(localizer["\"{0}\" is not a year, so every year is shown.", input.Year.Trim()]);
        }

        var sort = input.Sort?.Trim();
        var byDate = string.Equals(sort, SiteSearchInput.ByDate, StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(sort) && !byDate && !string.Equals(sort, "relevance", StringComparison.OrdinalIgnoreCase))
        {
            notices.Add(localizer["Results can be sorted by relevance or by date, not by \"{0}\": they are sorted by relevance.", sort]);
        }

        var understood = input with
        {
            Type = kind?.Kind,
            Area = area?.Slug(),
            Year = year?.ToString(CultureInfo.InvariantCulture),
            Sort = byDate ? SiteSearchInput.ByDate : null,
        };
        return (new SiteSearchFilters(kind, area, year, byDate), understood);
    }

    public bool NarrowsByAreaOrYear => Area is not null || Year is not null;
}
