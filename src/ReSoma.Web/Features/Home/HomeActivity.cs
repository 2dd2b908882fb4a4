using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Home;

/// <summary>An open consultation; <see cref="SeatsLeft"/> is null for a format without seats, which closes when it ends.</summary>
public sealed record HomeConsultation(string Title, string Slug, ConsultationFormat Format, DateTimeOffset StartsAt, string TimeZoneId, DateTimeOffset ClosesAt, int? SeatsLeft, int Waitlisted);

public sealed record HomeBrief(string Title, string Slug, BriefSeries Series, Area Area, DateOnly? PublishedOn);

public sealed record HomeEvent(string Title, string Slug, EventKind Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZoneId, string? City);

public sealed record HomeNews(string Title, string Slug, DateOnly Date, string Teaser);

/// <summary>What is happening on the platform: open consultations, new briefs, events and news.</summary>
public sealed record HomeActivity(
    IReadOnlyList<HomeConsultation> OpenConsultations,
    IReadOnlyList<HomeBrief> NewestBriefs,
    IReadOnlyList<HomeEvent> Events,
    bool EventsAreUpcoming,
    IReadOnlyList<HomeNews> LatestNews)
{
    public const int Shown = 3;

    public static async Task<HomeActivity> LoadAsync(ReSomaDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var consultations = await db.Consultations.AsNoTracking()
            .Where(c => c.IsPublished && !c.IsCancelled && c.EndsAt > now && (c.SeatPoolId == null || c.RegistrationDeadline > now))
            .OrderBy(c => c.SeatPoolId == null ? c.EndsAt : c.RegistrationDeadline)
            .Take(Shown)
            .Select(c => new HomeConsultation(
                c.Title, c.Slug, c.Format, c.StartsAt, c.TimeZoneId, c.SeatPoolId == null ? c.EndsAt : c.RegistrationDeadline,
                c.SeatPoolId == null ? null : c.Seats!.Capacity - db.SeatRegistrations.Count(r => r.SeatPoolId == c.SeatPoolId && r.Status == SeatStatus.Confirmed),
                db.SeatRegistrations.Count(r => r.SeatPoolId == c.SeatPoolId && r.Status == SeatStatus.Waitlisted)))
            .ToListAsync(cancellationToken);

        var briefs = await db.Briefs.AsNoTracking()
            .Where(b => b.Status == BriefStatus.Published)
            .OrderByDescending(b => b.PublishedOn).ThenByDescending(b => b.Id)
            .Take(Shown)
            .Select(b => new HomeBrief(b.Title, b.Slug, b.Series, b.Topic!.Area, b.PublishedOn))
            .ToListAsync(cancellationToken);

        // Upcoming events first; between events the block shows the most recent ones, so it is never empty for long.
        // Both are read in one round trip, and the recent ones used only when nothing is upcoming.
        var published = db.Events.AsNoTracking().Where(e => e.IsPublished);
        var candidates = await published.Where(e => e.EndsAt > now).OrderBy(e => e.StartsAt).Take(Shown)
            .Concat(published.Where(e => e.EndsAt <= now).OrderByDescending(e => e.StartsAt).Take(2))
            .Select(e => new HomeEvent(e.Title, e.Slug, e.Kind, e.StartsAt, e.EndsAt, e.TimeZoneId, e.City))
            .ToListAsync(cancellationToken);
        var upcoming = candidates.Where(e => e.EndsAt > now).OrderBy(e => e.StartsAt).ToList();
        var events = upcoming.Count > 0 ? upcoming : candidates.OrderByDescending(e => e.StartsAt).ToList();

        var news = await db.NewsPosts.AsNoTracking()
            .Where(n => n.IsPublished)
            .OrderByDescending(n => n.Date).ThenByDescending(n => n.Id)
            .Take(Shown)
            .Select(n => new HomeNews(n.Title, n.Slug, n.Date, n.Teaser))
            .ToListAsync(cancellationToken);

        return new HomeActivity(consultations, briefs, events, upcoming.Count > 0, news);
    }
}
