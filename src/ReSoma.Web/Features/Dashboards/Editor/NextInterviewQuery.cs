using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Dashboards.Editor;

/// <summary>Whether next calendar month already has its interview. Months are counted in UTC, as the interview
/// schedule counts them (<see cref="InterviewMonth"/>).</summary>
public sealed class NextInterviewQuery(ReSomaDbContext db)
{
    public async Task<NextMonthInterview> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var next = InterviewMonth.FromDate(DateOnly.FromDateTime(now.UtcDateTime)).Next;
        var slots = await db.Interviews.AsNoTracking()
            .Where(i => i.Year == next.Year && i.Month == next.Month)
            .OrderBy(i => i.Id)
            .Select(i => new InterviewSlot(i.Id, i.Title, i.Status, i.PublishAt))
            .ToListAsync(cancellationToken);
        return new NextMonthInterview(next.Year, next.Month, slots.FirstOrDefault(s => s.IsReady), slots.Where(s => !s.IsReady).ToList());
    }
}
