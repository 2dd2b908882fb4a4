using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Briefs;

public sealed record BriefFilterOptions(
    IReadOnlyList<FilterOption> Areas,
    IReadOnlyList<FilterOption> Series,
    IReadOnlyList<FilterOption> Topics,
    IReadOnlyList<FilterOption> Years,
    IReadOnlyList<FilterOption> Organisations);

/// <summary>
/// Reads the filter parameters. A value that means nothing (<c>area=space</c>) is ignored with a notice rather than
/// failing, so an old or mistyped link still shows briefs.
/// </summary>
public sealed class BriefFilterResolver(ReSomaDbContext db, IStringLocalizer<BriefFilterResolver> localizer)
{
    public async Task<(ResolvedBriefFilters Filters, List<ActiveFilter> Active, List<string> Notices, BriefFilterOptions Options)> ResolveAsync(
        BriefFilters f, CancellationToken cancellationToken)
    {
        var options = await OptionsAsync(cancellationToken);
        var active = new List<ActiveFilter>();
        var notices = new List<string>();

        // The name is shown on the filter's chip ("Area: Migration"); the notice names a value that means nothing.
        // A value that is content (a topic's title, an organisation's name) keeps its language on the chip.
        T? Pick<T>(string name, string? value, Func<string, T?> parse, string chipName, Func<string, string> notice, Func<T, string> display, string? language = null)
            where T : struct
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return null;
            }

            var parsed = parse(value.Trim());
            if (parsed is null)
            {
                notices.Add(notice(value));
                return null;
            }

            active.Add(new ActiveFilter(chipName, display(parsed.Value), f.With(name, null), language));
            return parsed;
        }

        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            active.Add(new ActiveFilter(localizer["Search"], f.Q.Trim(), f.With("q", null)));
        }

        var area = Pick("area", f.Area, AreaNames.FromSlug, localizer["Area"], v => localizer["The area \"{0}\" is not known, so that filter was ignored.", v], a => localizer[a.DisplayName()]);
        var series = Pick("series", f.Series, BriefSeriesNames.FromSlug, localizer["Series"], v => localizer["The series \"{0}\" is not known, so that filter was ignored.", v], s => localizer[s.PluralName()]);
        var topic = Pick("topic", f.Topic, v => IndexOf(options.Topics, v), localizer["Topic"], v => localizer["The topic \"{0}\" is not known, so that filter was ignored.", v], i => options.Topics[i].Label, ContentLanguage.Default);
        var year = Pick("year", f.Year, v => options.Years.Any(y => y.Value == v) ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : (int?)null, localizer["Cycle year"], v => localizer["The cycle year \"{0}\" is not known, so that filter was ignored.", v], y => y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var organisation = Pick("organisation", f.Organisation, v => IndexOf(options.Organisations, v), localizer["Organisation"], v => localizer["The organisation \"{0}\" is not known, so that filter was ignored.", v], i => options.Organisations[i].Label, ContentLanguage.Default);

        int? topicId = topic is { } t ? await db.Topics.Where(x => x.Slug == options.Topics[t].Value).Select(x => x.Id).FirstAsync(cancellationToken) : null;
        int? organisationId = organisation is { } o ? await OrganisationIdAsync(options.Organisations[o].Value, cancellationToken) : null;
        var understood = f with
        {
            Q = f.Q?.Trim(),
            Area = area?.Slug(),
            Series = series?.Slug(),
            Topic = topic is { } ti ? options.Topics[ti].Value : null,
            Year = year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Organisation = organisation is { } oi ? options.Organisations[oi].Value : null,
        };
        return (new ResolvedBriefFilters(area, series, topicId, year, organisationId) { Understood = understood }, active, notices, options);
    }

    private static int? IndexOf(IReadOnlyList<FilterOption> options, string value)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (string.Equals(options[i].Value, value, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return null;
    }

    private async Task<BriefFilterOptions> OptionsAsync(CancellationToken cancellationToken)
    {
        // One option per topic (its first entry); the filter then takes every cycle in which the topic ran.
        var topics = await db.Topics.AsNoTracking().Where(t => t.FirstEntryId == null).OrderByDescending(t => t.Cycle!.Year).ThenBy(t => t.Title)
            .Select(t => new FilterOption(t.Slug, t.Title + " (" + t.Cycle!.Year + ")")).ToListAsync(cancellationToken);
        var years = await db.Cycles.AsNoTracking().OrderByDescending(c => c.Year)
            .Select(c => c.Year).ToListAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => db.BriefAuthors.Any(a => a.OrganisationId == o.Id))
            .OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(cancellationToken);
        return new BriefFilterOptions(
            AreaNames.All.Select(a => new FilterOption(a.Slug(), localizer[a.DisplayName()])).ToList(),
            BriefSeriesNames.All.Select(s => new FilterOption(s.Slug(), localizer[s.PluralName()])).ToList(),
            topics,
            years.Select(y => new FilterOption(y.ToString(System.Globalization.CultureInfo.InvariantCulture), y.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
            organisations.Select(n => new FilterOption(Slugs.From(n), n)).ToList());
    }

    private async Task<int?> OrganisationIdAsync(string slug, CancellationToken cancellationToken)
    {
        var organisations = await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        return organisations.FirstOrDefault(o => Slugs.From(o.Name) == slug)?.Id;
    }
}
