using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Findability;

/// <summary>A public page for the sitemap: its site path and, where known, when it last changed.</summary>
public sealed record SitemapEntry(string Path, DateTimeOffset? LastModified = null);

/// <summary>
/// Every public page: the sections, then each topic, cycle, brief, consultation, interview, event and news item that
/// its own page shows to the public. Read from the content tables themselves, with each page's own rule for what is
/// public, rather than from the search table, whose public flag means "shown in search" (a withdrawn brief keeps its
/// page but leaves search).
/// </summary>
public sealed class SitemapQuery(ReSomaDbContext db)
{
    /// <summary>The section pages, in the order of the menu.</summary>
    public static IReadOnlyList<string> SectionPaths { get; } =
        ["/", "/about", "/topics", "/cycles", "/briefs", "/consultations", "/interviews", "/events", "/news", "/feeds", "/privacy", "/accessibility"];

    public async Task<List<SitemapEntry>> RunAsync(CancellationToken cancellationToken = default)
    {
        var entries = SectionPaths.Select(p => new SitemapEntry(p)).ToList();

        // Entities projected with only the fields their PublicPath needs, so the path is built by the one rule in Domain.
        // One page per topic: later cycles' entries of a carried topic lead to the first entry's page.
        var topics = await db.Topics.AsNoTracking().Where(t => t.FirstEntryId == null).OrderBy(t => t.Id)
            .Select(t => new Topic { Title = t.Title, Slug = t.Slug })
            .ToListAsync(cancellationToken);
        entries.AddRange(topics.Select(t => new SitemapEntry(t.PublicPath)));

        var cycles = await db.Cycles.AsNoTracking().OrderByDescending(c => c.Year)
            .Select(c => new { c.Year, Changed = c.PhaseChanges.Max(p => (DateTimeOffset?)p.RecordedAt) })
            .ToListAsync(cancellationToken);
        entries.AddRange(cycles.Select(c => new SitemapEntry(FormattableString.Invariant($"/cycles/{c.Year}"), c.Changed)));

        // The brief page shows published and withdrawn briefs (a withdrawn one explains why); drafts never.
        var briefs = await db.Briefs.AsNoTracking().Where(b => b.Status != BriefStatus.Draft).OrderBy(b => b.Id)
            .Select(b => new { b.Slug, b.UpdatedAt })
            .ToListAsync(cancellationToken);
        entries.AddRange(briefs.Select(b => new SitemapEntry("/briefs/" + b.Slug, b.UpdatedAt)));

        var consultations = await db.Consultations.AsNoTracking().Where(c => c.IsPublished).OrderBy(c => c.Id)
            .Select(c => new Consultation { Title = c.Title, Slug = c.Slug, UpdatedAt = c.UpdatedAt })
            .ToListAsync(cancellationToken);
        entries.AddRange(consultations.Select(c => new SitemapEntry(c.PublicPath, c.UpdatedAt)));

        var interviews = await db.Interviews.AsNoTracking().Where(i => i.Status == InterviewStatus.Published)
            .OrderByDescending(i => i.Year).ThenByDescending(i => i.Month)
            .Select(i => new Interview { Title = i.Title, Slug = i.Slug, Year = i.Year, Month = i.Month, UpdatedAt = i.UpdatedAt })
            .ToListAsync(cancellationToken);
        entries.AddRange(interviews.Select(i => new SitemapEntry(i.PublicPath, i.UpdatedAt)));

        var events = await db.Events.AsNoTracking().Where(e => e.IsPublished).OrderBy(e => e.Id)
            .Select(e => new Event { Title = e.Title, Slug = e.Slug, UpdatedAt = e.UpdatedAt })
            .ToListAsync(cancellationToken);
        entries.AddRange(events.Select(e => new SitemapEntry(e.PublicPath, e.UpdatedAt)));

        var news = await db.NewsPosts.AsNoTracking().Where(n => n.IsPublished).OrderBy(n => n.Id)
            .Select(n => new NewsPost { Title = n.Title, Slug = n.Slug, UpdatedAt = n.UpdatedAt })
            .ToListAsync(cancellationToken);
        entries.AddRange(news.Select(n => new SitemapEntry(n.PublicPath, n.UpdatedAt)));

        return entries;
    }
}
