using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>Where a month of the editorial plan stands: the best its interviews have reached, or missing.</summary>
public enum PlanState
{
    Missing,
    Draft,
    InReview,
    Scheduled,
    Published,
}

public sealed record EditorInterviewRow(
    int Id,
    InterviewMonth Month,
    string Title,
    string ExpertName,
    InterviewStatus Status,
    DateTimeOffset? PublishAt,
    DateTimeOffset? PublishedAt,
    string TimeZoneId,
    DateTimeOffset UpdatedAt);

/// <param name="Lead">The interview that speaks for the month: the scheduled or published one, else the furthest along.</param>
/// <param name="Others">Other interviews prepared for the same month.</param>
public sealed record PlanMonth(InterviewMonth Month, PlanState State, EditorInterviewRow? Lead, int Others, bool IsCurrent, bool IsComing)
{
    /// <summary>Scheduled or published: the month will have its interview.</summary>
    public bool IsCovered => State is PlanState.Scheduled or PlanState.Published;
}

public sealed record InterviewPlan(IReadOnlyList<PlanMonth> Months, PlanMonth Coming, IReadOnlyList<EditorInterviewRow> Rows);

/// <summary>The editorial plan: twelve months around today (three back, eight ahead) and every interview.</summary>
public sealed class InterviewPlanQuery(ReSomaDbContext db, TimeProvider clock)
{
    public const int MonthsBack = 3;
    public const int MonthsAhead = 8;

    public async Task<InterviewPlan> RunAsync(CancellationToken cancellationToken = default)
    {
        // Interviews are one a month: every one of them fits on the page.
        var rows = (await db.Interviews.AsNoTracking()
            .Select(i => new { i.Id, i.Year, i.Month, i.Title, i.ExpertName, i.Status, i.PublishAt, i.PublishedAt, i.TimeZoneId, i.UpdatedAt })
            .ToListAsync(cancellationToken))
            .Select(i => new EditorInterviewRow(i.Id, new InterviewMonth(i.Year, i.Month), i.Title, i.ExpertName, i.Status, i.PublishAt, i.PublishedAt, i.TimeZoneId, i.UpdatedAt))
            .OrderByDescending(r => r.Month).ThenByDescending(r => r.Status).ThenBy(r => r.Id)
            .ToList();

        var current = InterviewMonth.FromDate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var months = Enumerable.Range(-MonthsBack, MonthsBack + MonthsAhead + 1)
            .Select(offset => InterviewMonth.FromDate(current.FirstDay.AddMonths(offset)))
            .Select(month => MonthOf(month, rows.Where(r => r.Month == month).ToList(), current))
            .ToList();
        return new InterviewPlan(months, months.Single(m => m.IsComing), rows);
    }

    private static PlanMonth MonthOf(InterviewMonth month, List<EditorInterviewRow> interviews, InterviewMonth current)
    {
        // Statuses are declared in workflow order, so the highest is the furthest along.
        var lead = interviews.OrderByDescending(i => i.Status).ThenByDescending(i => i.UpdatedAt).FirstOrDefault();
        var state = lead?.Status switch
        {
            InterviewStatus.Published => PlanState.Published,
            InterviewStatus.Scheduled => PlanState.Scheduled,
            InterviewStatus.InReview => PlanState.InReview,
            InterviewStatus.Draft => PlanState.Draft,
            _ => PlanState.Missing,
        };
        return new PlanMonth(month, state, lead, Math.Max(0, interviews.Count - 1), month == current, month == current.Next);
    }
}
