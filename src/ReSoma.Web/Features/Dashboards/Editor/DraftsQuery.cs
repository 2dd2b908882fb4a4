using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Dashboards.Editor;

public sealed record Drafts(IReadOnlyList<DraftRow> Oldest, int Count);

/// <summary>
/// Everything still in draft, the oldest first: briefs, interviews (in draft or in review), news, consultations and
/// events neither published nor scheduled, and newsletters not sent. One query per kind, each bringing its own oldest
/// rows and its exact count; the oldest overall are among the oldest of each kind, so the merge in memory is exact.
/// </summary>
public sealed class DraftsQuery(ReSomaDbContext db)
{
    public const int Shown = 25;

    private sealed record Found(DraftKind Kind, int Id, string Title, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Total);

    public async Task<Drafts> RunAsync(CancellationToken cancellationToken = default)
    {
        var found = new List<Found>();
        found.AddRange(await OldestAsync(db.Briefs, b => b.Status == BriefStatus.Draft,
            b => new Found(DraftKind.Brief, b.Id, b.Title, b.CreatedAt, b.UpdatedAt, db.Briefs.Count(x => x.Status == BriefStatus.Draft)), cancellationToken));
        found.AddRange(await OldestAsync(db.Interviews, i => i.Status == InterviewStatus.Draft || i.Status == InterviewStatus.InReview,
            i => new Found(DraftKind.Interview, i.Id, i.Title, i.CreatedAt, i.UpdatedAt,
                db.Interviews.Count(x => x.Status == InterviewStatus.Draft || x.Status == InterviewStatus.InReview)), cancellationToken));
        found.AddRange(await OldestAsync(db.NewsPosts, n => !n.IsPublished,
            n => new Found(DraftKind.News, n.Id, n.Title, n.CreatedAt, n.UpdatedAt, db.NewsPosts.Count(x => !x.IsPublished)), cancellationToken));
        found.AddRange(await OldestAsync(db.Consultations, c => !c.IsPublished && c.PublishAt == null,
            c => new Found(DraftKind.Consultation, c.Id, c.Title, c.CreatedAt, c.UpdatedAt, db.Consultations.Count(x => !x.IsPublished && x.PublishAt == null)), cancellationToken));
        found.AddRange(await OldestAsync(db.Events, e => !e.IsPublished && e.PublishAt == null,
            e => new Found(DraftKind.Event, e.Id, e.Title, e.CreatedAt, e.UpdatedAt, db.Events.Count(x => !x.IsPublished && x.PublishAt == null)), cancellationToken));
        found.AddRange(await OldestAsync(db.NewsletterIssues, n => n.SentAt == null,
            n => new Found(DraftKind.Newsletter, n.Id, n.Subject, n.CreatedAt, n.UpdatedAt, db.NewsletterIssues.Count(x => x.SentAt == null)), cancellationToken));

        var oldest = found.OrderBy(f => f.CreatedAt).ThenBy(f => f.Kind).ThenBy(f => f.Id).Take(Shown)
            .Select(f => new DraftRow(f.Kind, f.Title, EditPath(f.Kind, f.Id), f.CreatedAt, f.UpdatedAt))
            .ToList();
        var count = found.GroupBy(f => f.Kind).Sum(g => g.First().Total);
        return new Drafts(oldest, count);
    }

    private static async Task<List<Found>> OldestAsync<T>(IQueryable<T> set, Expression<Func<T, bool>> isDraft, Expression<Func<T, Found>> row, CancellationToken cancellationToken)
        where T : class =>
        await set.AsNoTracking().Where(isDraft).OrderBy(x => EF.Property<DateTimeOffset>(x, "CreatedAt")).Take(Shown).Select(row).ToListAsync(cancellationToken);

    private static string EditPath(DraftKind kind, int id) => kind switch
    {
        DraftKind.Brief => $"/editor/briefs/{id}/edit",
        DraftKind.Interview => $"/editor/interviews/{id}/edit",
        DraftKind.News => $"/editor/news/{id}/edit",
        DraftKind.Consultation => $"/editor/consultations/{id}/edit",
        DraftKind.Event => $"/editor/events/{id}/edit",
        _ => $"/editor/newsletter/{id}/edit",
    };
}
