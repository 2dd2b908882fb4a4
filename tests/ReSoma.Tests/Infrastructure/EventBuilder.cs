using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Tests.Infrastructure;

/// <summary>A session of a <see cref="NewEvent"/>, from the event's start.</summary>
public sealed record NewSession(string Title, TimeSpan From, TimeSpan Length, string Speakers = "", string Themes = "");

/// <summary>An event as a test wants it: "build a published webinar with 2 seats". Times are from <c>now</c>
/// (the builder's argument), or fixed with <see cref="At"/>.</summary>
public sealed record NewEvent(string Title)
{
    public EventKind Kind { get; init; } = EventKind.Workshop;
    public bool Published { get; init; } = true;

    /// <summary>With <see cref="Published"/> false: scheduled for this time rather than a draft.</summary>
    public DateTimeOffset? PublishAt { get; init; }
    public DateTimeOffset? At { get; init; }
    public TimeSpan StartsIn { get; init; } = TimeSpan.FromDays(10);
    public TimeSpan Duration { get; init; } = TimeSpan.FromHours(3);
    public string TimeZoneId { get; init; } = "Europe/Brussels";
    public string? Venue { get; init; } = "Residence Palace, Rue de la Loi 155";
    public string? City { get; init; } = "Brussels";
    public string? OnlineLink { get; init; } = "https://meet.example.org/secret-room";

    /// <summary>Null: the event takes no registrations.</summary>
    public int? Seats { get; init; }

    /// <summary>From <c>now</c>, like <see cref="StartsIn"/>; null: registration closes at the start.</summary>
    public TimeSpan? DeadlineIn { get; init; }

    public string Summary { get; init; } = "What the event is for.";
    public string Description { get; init; } = "We will **discuss** the options.";
    public IReadOnlyList<NewSession> Sessions { get; init; } = [];
    public IReadOnlyList<string> TopicTitles { get; init; } = [];
}

public static class EventBuilder
{
    public static async Task<Event> AddEventAsync(this PortalFactory factory, NewEvent spec, DateTimeOffset? now = null)
    {
        var at = now ?? DateTimeOffset.UtcNow;
        var starts = (spec.At ?? at + spec.StartsIn).ToUniversalTime();
        var e = new Event
        {
            Kind = spec.Kind,
            Title = spec.Title,
            Slug = Slugs.From(spec.Title),
            Summary = spec.Summary,
            Description = spec.Description,
            StartsAt = starts,
            EndsAt = starts + spec.Duration,
            TimeZoneId = spec.TimeZoneId,
            Venue = spec.Venue,
            City = spec.City,
            OnlineLink = spec.OnlineLink,
            IsPublished = spec.Published,
            PublishAt = spec.PublishAt,
            Seats = spec.Seats is { } seats ? new SeatPool { Capacity = seats } : null,
            RegistrationDeadline = spec.DeadlineIn is { } deadline ? (at + deadline).ToUniversalTime() : null,
            CreatedAt = at,
            UpdatedAt = at,
            Sessions = spec.Sessions.Select(s => new EventSession
            {
                Title = s.Title, StartsAt = starts + s.From, EndsAt = starts + s.From + s.Length, Speakers = s.Speakers, Themes = s.Themes,
            }).ToList(),
        };
        await factory.WithDbAsync(async db =>
        {
            Cycle? cycle = null;
            foreach (var title in spec.TopicTitles)
            {
                var topic = await db.Topics.FirstOrDefaultAsync(t => t.Title == title);
                if (topic is null)
                {
                    cycle ??= await db.Cycles.FirstOrDefaultAsync() ?? new Cycle { Year = 2019, IsCurrent = true, OpenedAt = at.AddYears(-1) };
                    topic = new Topic { Title = title, Slug = Slugs.From(title), Area = Area.Integration, Origin = TopicOrigin.EuAgenda, Cycle = cycle };
                }

                e.Topics.Add(topic);
            }

            db.Events.Add(e);
            await db.SaveChangesAsync();
        });
        return e;
    }

    public static string EditUrl(this Event e) => $"/editor/events/{e.Id}/edit";

    /// <summary>Registers people in this order through the shared allocator, as the public page does.</summary>
    public static async Task RegisterForAsync(this PortalFactory factory, Event e, params string[] emails)
    {
        foreach (var email in emails)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var userId = factory.WithDb(db => db.Users.Single(u => u.Email == email).Id);
            await scope.ServiceProvider.GetRequiredService<SeatAllocator>().RegisterAsync(e.SeatPoolId!.Value, userId);
        }
    }

    public static Dictionary<SeatStatus, List<string>> SeatsOf(this PortalFactory factory, Event e) =>
        factory.WithDb(db => db.SeatRegistrations.Include(r => r.User).Where(r => r.SeatPoolId == e.SeatPoolId).OrderBy(r => r.Sequence).ToList())
            .GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Select(r => r.User!.Email!).ToList());
}
