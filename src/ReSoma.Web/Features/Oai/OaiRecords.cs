using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Oai;

/// <summary>The briefs a harvester may see: published ones, and withdrawn ones as deleted records. Never drafts.</summary>
public sealed class OaiRecords(ReSomaDbContext db)
{
    public const int PageSize = 50;

    public async Task<DateTimeOffset?> EarliestDatestampAsync(CancellationToken cancellationToken) =>
        await Visible().OrderBy(b => b.UpdatedAt).Select(b => (DateTimeOffset?)b.UpdatedAt).FirstOrDefaultAsync(cancellationToken);

    public Task<bool> ExistsAsync(string slug, CancellationToken cancellationToken) =>
        Visible().AnyAsync(b => b.Slug == slug, cancellationToken);

    public Task<OaiRecord?> FindAsync(string slug, CancellationToken cancellationToken) =>
        Project(Visible().Where(b => b.Slug == slug)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// One page in (UpdatedAt, Id) order, after a position rather than at an offset: a brief edited during a harvest
    /// moves behind the position and comes again later, instead of shifting the pages and being skipped.
    /// </summary>
    public async Task<OaiRecordPage> ListAsync(HarvestQuery query, HarvestPosition? after, CancellationToken cancellationToken)
    {
        var briefs = OaiSets.Filter(Visible(), query.Set);
        if (query.From is { } from)
        {
            briefs = briefs.Where(b => b.UpdatedAt >= from);
        }

        if (query.Until is { } until)
        {
            briefs = briefs.Where(b => b.UpdatedAt < until);
        }

        var total = await briefs.CountAsync(cancellationToken);
        if (after is not null)
        {
            var (updatedAt, id) = (after.UpdatedAt, after.Id);
            briefs = briefs.Where(b => b.UpdatedAt > updatedAt || (b.UpdatedAt == updatedAt && b.Id > id));
        }

        var items = await Project(briefs.OrderBy(b => b.UpdatedAt).ThenBy(b => b.Id)).Take(PageSize + 1).ToListAsync(cancellationToken);
        return new OaiRecordPage(items.Take(PageSize).ToList(), total, items.Count > PageSize);
    }

    private IQueryable<Brief> Visible() =>
        db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Published || b.Status == BriefStatus.Withdrawn);

    private static IQueryable<OaiRecord> Project(IQueryable<Brief> briefs) =>
        briefs.Select(b => new OaiRecord(
            b.Id, b.Slug, b.Status, b.UpdatedAt, b.Series, b.Topic!.Area, b.Title, b.Summary, b.Keywords, b.Language, b.PublishedOn,
            b.Topic.Title, b.Topic.Slug,
            b.Authors.OrderBy(a => a.Position).Select(a => new OaiAuthor(a.Name, a.Organisation != null ? a.Organisation.Name : null, a.Orcid)).ToList(),
            b.Licence, b.Doi));
}
