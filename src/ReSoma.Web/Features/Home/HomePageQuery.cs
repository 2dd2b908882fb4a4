using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Home;

public sealed record HomePage(CycleTopics? CurrentCycle, HomeInterview? Interview, HomeFigures Figures, HomeActivity Activity, DateTimeOffset Now);

/// <summary>The interview the home page features: this month's, or the latest one when this month has none yet.</summary>
public sealed record HomeInterview(
    InterviewMonth Month, bool IsThisMonth, string Title, string Path, string Standfirst,
    string ExpertName, string ExpertRole, string ExpertOrganisation, string? PhotoUrl, string PhotoAlt)
{
    /// <summary>Shown in place of a photo: "Maria Rossi" → "MR".</summary>
    public string Initials => string.Concat(ExpertName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => char.IsLetter(p[0])).Take(2).Select(p => char.ToUpperInvariant(p[0])));
}

public sealed class HomePageQuery(ReSomaDbContext db, TimeProvider clock)
{
    public async Task<HomePage> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var current = await CycleGroups.LoadAsync(db, year: null, area: null, cancellationToken, currentOnly: true);
        return new HomePage(
            current.FirstOrDefault(),
            await InterviewAsync(cancellationToken),
            await HomeFigures.CountAsync(db, cancellationToken),
            await HomeActivity.LoadAsync(db, now, cancellationToken),
            now);
    }

    private async Task<HomeInterview?> InterviewAsync(CancellationToken cancellationToken)
    {
        var thisMonth = InterviewMonth.FromDate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Key;
        var published = db.Interviews.AsNoTracking().Where(i => i.Status == InterviewStatus.Published);

        // This month's, else the newest month up to now; an interview published ahead for a later month comes last.
        var interview = await published
            .OrderBy(i => (i.Year * 100) + i.Month > thisMonth)
            .ThenByDescending(i => i.Year).ThenByDescending(i => i.Month)
            .Select(i => new
            {
                i.Id, i.Year, i.Month, i.Slug, i.Title, i.Standfirst, i.ExpertName, i.ExpertRole, i.ExpertOrganisation,
                HasPhoto = i.ExpertPhotoStoredName != null, i.ExpertPhotoAlt, i.Version,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (interview is null)
        {
            return null;
        }

        var month = new InterviewMonth(interview.Year, interview.Month);
        return new HomeInterview(
            month,
            month.Key == thisMonth,
            interview.Title,
            $"/interviews/{month.Year:D4}/{month.Month:D2}/{interview.Slug}",
            interview.Standfirst,
            interview.ExpertName,
            interview.ExpertRole,
            interview.ExpertOrganisation,
            // The address the interview page uses; its version keeps a replaced photo from being served stale.
            interview.HasPhoto ? $"/interviews/photos/{interview.Id}?v={interview.Version}" : null,
            interview.ExpertPhotoAlt);
    }
}
