using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Briefs;

/// <summary>One brief for its page. The public sees published and withdrawn briefs; drafts only in the editors' preview.</summary>
public sealed class BriefPageQuery(ReSomaDbContext db)
{
    public Task<BriefPage?> PublicAsync(string slug, CancellationToken cancellationToken = default) =>
        LoadAsync(db.Briefs.Where(b => b.Slug == slug && b.Status != BriefStatus.Draft), isPreview: false, cancellationToken);

    public Task<BriefPage?> PreviewAsync(int id, CancellationToken cancellationToken = default) =>
        LoadAsync(db.Briefs.Where(b => b.Id == id), isPreview: true, cancellationToken);

    private async Task<BriefPage?> LoadAsync(IQueryable<Brief> briefs, bool isPreview, CancellationToken cancellationToken)
    {
        var brief = await briefs.AsNoTracking()
            .Include(b => b.Authors.OrderBy(a => a.Position)).ThenInclude(a => a.Organisation)
            .Include(b => b.Topic!).ThenInclude(t => t.Cycle)
            .Include(b => b.Topic!).ThenInclude(t => t.FirstEntry)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        if (brief is null)
        {
            return null;
        }

        var related = await db.Briefs.AsNoTracking()
            .Where(b => b.TopicId == brief.TopicId && b.Id != brief.Id && b.Status == BriefStatus.Published)
            .OrderBy(b => b.Series).ThenByDescending(b => b.PublishedOn)
            .Select(b => new RelatedBrief(b.Title, b.Slug, b.Series, b.PublishedOn, b.Language))
            .ToListAsync(cancellationToken);

        var consultations = await db.BriefConsultations.AsNoTracking()
            .Where(l => l.BriefId == brief.Id)
            .Join(db.Consultations.Where(c => c.IsPublished), l => l.ConsultationId, c => c.Id, (l, c) => new DrawnConsultation(c.Title, c.Slug, c.Format))
            .ToListAsync(cancellationToken);

        return new BriefPage(
            brief.Id, brief.Title, brief.Slug, brief.Series, brief.Status, brief.WithdrawnReason, brief.Summary, brief.Body,
            brief.KeywordList, brief.Language, brief.PublishedOn, brief.UpdatedAt,
            brief.Authors.Select(a => new BriefAuthorLine(a.Name, a.Organisation?.Name, a.Orcid)).ToList(),
            brief.Topic!.Title, brief.Topic.FirstEntry?.Slug ?? brief.Topic.Slug, brief.Topic.Area, brief.Topic.Cycle!.Year,
            brief.PdfStoredName is not null, related, consultations, brief.Licence, brief.Doi, isPreview);
    }
}
