using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>
/// What each kind of news says and whom it concerns, written once for every place that makes it happen (an editor's
/// "publish now", the scheduled publisher, an admin moving a cycle, moderation, a citation). Each reads the item as
/// it now stands in the caller's context and announces through <see cref="NewsDesk"/>.
/// </summary>
public static class ContentNews
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task BriefPublishedAsync(ReSomaDbContext db, int briefId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var b = await db.Briefs.AsNoTracking().Where(x => x.Id == briefId && x.Status == BriefStatus.Published)
            .Select(x => new { x.Title, x.Slug, x.Summary, x.Series, x.TopicId }).FirstOrDefaultAsync(cancellationToken);
        if (b is not null)
        {
            var targets = await FollowTargets.OfTopicsAsync(db, [b.TopicId], cancellationToken);
            targets.Add(FollowTargets.OfSeries(b.Series));
            await NewsDesk.AnnounceAsync(db, new Announcement(NewsKind.BriefPublished, $"brief:{briefId}", b.Title, $"{b.Series.DisplayName()}: {b.Summary}", "/briefs/" + b.Slug, targets), now, cancellationToken);
        }
    }

    public static async Task ConsultationOpenedAsync(ReSomaDbContext db, int consultationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var c = await db.Consultations.AsNoTracking().Where(x => x.Id == consultationId && x.IsPublished)
            .Select(x => new { x.Title, x.Slug, x.TopicId, x.RegistrationDeadline, x.TimeZoneId }).FirstOrDefaultAsync(cancellationToken);
        if (c is not null)
        {
            var line = "Register or send a contribution by " + ZonedTime.Format(c.RegistrationDeadline, c.TimeZoneId) + ".";
            await NewsDesk.AnnounceAsync(db, new Announcement(NewsKind.ConsultationOpened, $"consultation:{consultationId}", c.Title, line, "/consultations/" + c.Slug,
                await FollowTargets.OfTopicsAsync(db, [c.TopicId], cancellationToken)), now, cancellationToken);
        }
    }

    public static async Task EventAnnouncedAsync(ReSomaDbContext db, int eventId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var e = await db.Events.AsNoTracking().Where(x => x.Id == eventId && x.IsPublished)
            .Select(x => new { x.Title, x.Slug, x.StartsAt, x.TimeZoneId, x.City, TopicIds = x.Topics.Select(t => t.Id).ToList() }).FirstOrDefaultAsync(cancellationToken);
        if (e is not null)
        {
            var targets = await FollowTargets.OfTopicsAsync(db, e.TopicIds, cancellationToken);
            targets.Insert(0, FollowTargets.Events);
            var line = ZonedTime.Format(e.StartsAt, e.TimeZoneId) + (e.City is null ? ", online" : ", " + e.City);
            await NewsDesk.AnnounceAsync(db, new Announcement(NewsKind.EventAnnounced, $"event:{eventId}", e.Title, line, "/events/" + e.Slug, targets), now, cancellationToken);
        }
    }

    public static async Task InterviewPublishedAsync(ReSomaDbContext db, int interviewId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var i = await db.Interviews.AsNoTracking().Where(x => x.Id == interviewId && x.Status == InterviewStatus.Published)
            .Select(x => new { x.Title, x.Year, x.Month, x.Slug, x.ExpertName, x.Standfirst, TopicIds = x.Topics.Select(t => t.Id).ToList() }).FirstOrDefaultAsync(cancellationToken);
        if (i is not null)
        {
            var targets = await FollowTargets.OfTopicsAsync(db, i.TopicIds, cancellationToken);
            await NewsDesk.AnnounceAsync(db, new Announcement(NewsKind.InterviewPublished, $"interview:{interviewId}", i.Title, $"{i.ExpertName}: {i.Standfirst}",
                Interview.PathOf(i.Year, i.Month, i.Slug), targets), now, cancellationToken);
        }
    }

    public static async Task PhaseChangedAsync(ReSomaDbContext db, int year, CyclePhase phase, DateOnly startsOn, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var isCurrent = await db.Cycles.AsNoTracking().AnyAsync(c => c.Year == year && c.IsCurrent, cancellationToken);
        if (isCurrent)
        {
            var line = $"The {year} cycle is in its {phase.DisplayName().ToLowerInvariant()} phase from {startsOn.ToString("d MMMM yyyy", Inv)}.";
            await NewsDesk.AnnounceAsync(db, new Announcement(NewsKind.CyclePhaseChanged, $"cycle:{year}:{phase}", $"Cycle {year}: {phase.DisplayName()}", line, $"/cycles/{year}",
                [FollowTargets.CurrentCycle(year)]), now, cancellationToken);
        }
    }

    /// <summary>A person's own contribution accepted or declined: theirs alone, never in a feed.</summary>
    public static async Task ContributionModeratedAsync(ReSomaDbContext db, int contributionId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var c = await db.Contributions.AsNoTracking().Where(x => x.Id == contributionId)
            .Select(x => new { x.Title, x.Status, x.AuthorUserId, Consultation = x.Consultation!.Title }).FirstOrDefaultAsync(cancellationToken);
        if (c is null || c.Status is not (ContributionStatus.Accepted or ContributionStatus.Rejected))
        {
            return;
        }

        var accepted = c.Status == ContributionStatus.Accepted;
        var kind = accepted ? NewsKind.ContributionAccepted : NewsKind.ContributionDeclined;
        var line = accepted ? $"Accepted for \"{c.Consultation}\"." : $"Not accepted for \"{c.Consultation}\".";
        await NewsDesk.AnnounceAsync(db, new Announcement(kind, $"contribution:{contributionId}:{(accepted ? "accepted" : "declined")}", c.Title, line, "/account/contributions", [])
        {
            PersonalUserId = c.AuthorUserId, PersonalReason = "your contribution",
        }, now, cancellationToken);
    }

    public static async Task ContributionCitedAsync(ReSomaDbContext db, int contributionId, int briefId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var c = await db.Contributions.AsNoTracking().Where(x => x.Id == contributionId).Select(x => new { x.Title, x.AuthorUserId }).FirstOrDefaultAsync(cancellationToken);
        var b = await db.Briefs.AsNoTracking().Where(x => x.Id == briefId && x.Status == BriefStatus.Published).Select(x => new { x.Title, x.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (c is not null && b is not null)
        {
            await NewsDesk.AnnounceAsync(db, new Announcement(NewsKind.ContributionCited, $"contribution:{contributionId}:cited:{briefId}", b.Title,
                $"Cites your contribution \"{c.Title}\".", "/briefs/" + b.Slug, [])
            {
                PersonalUserId = c.AuthorUserId, PersonalReason = "your contribution",
            }, now, cancellationToken);
        }
    }
}
