using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Budget;

/// <summary>The pages a budget test opens, taken from the demo content, and that <see cref="MoreContent"/> then grows.
/// The consultation is set to show its accepted contributions, so that part of its page is counted too.</summary>
public sealed record BudgetSubjects(
    int BriefId, string BriefSlug, int ConsultationId, string ConsultationSlug, int OpenInterviewId, string OpenInterviewPath, string ClosedInterviewPath,
    int EventId, string EventSlug, int NewsId, string NewsSlug, int TopicId, string TopicSlug, int CycleYear)
{
    public static Task<BudgetSubjects> PrepareAsync(PortalFactory factory, DateTimeOffset now) => factory.WithDbAsync(async db =>
    {
        var brief = await db.Briefs.Where(b => b.Status == BriefStatus.Published).OrderByDescending(b => b.PublishedOn).ThenBy(b => b.Id).FirstAsync();
        var consultation = await db.Consultations.Where(c => !c.IsCancelled && c.RegistrationDeadline > now && c.SeatPoolId != null).OrderBy(c => c.Id).FirstAsync();
        var published = db.Interviews.Where(i => i.Status == InterviewStatus.Published).OrderByDescending(i => i.Year).ThenByDescending(i => i.Month);
        var open = await published.FirstAsync(i => i.QuestionnaireClosedAt == null || i.QuestionnaireClosedAt > now);
        var closed = await published.FirstAsync(i => i.QuestionnaireClosedAt != null && i.QuestionnaireClosedAt <= now);
        var e = await db.Events.Where(e => e.IsPublished && e.StartsAt > now && e.SeatPoolId != null).OrderBy(e => e.StartsAt).FirstAsync();
        var news = await db.NewsPosts.Where(n => n.IsPublished).OrderByDescending(n => n.Date).FirstAsync();
        var cycle = await db.Cycles.SingleAsync(c => c.IsCurrent);
        consultation.ShowContributions = true;
        await db.SaveChangesAsync();
        return new BudgetSubjects(
            brief.Id, brief.Slug, consultation.Id, consultation.Slug, open.Id, Path(open), Path(closed),
            e.Id, e.Slug, news.Id, news.Slug, brief.TopicId, await db.Topics.Where(t => t.Id == brief.TopicId).Select(t => t.Slug).SingleAsync(), cycle.Year);
    });

    private static string Path(Interview i) => $"/interviews/{i.Year:D4}/{i.Month:D2}/{i.Slug}";
}
