using System.Linq.Expressions;

namespace ReSoma.Web.Domain;

/// <summary>A conference, workshop, webinar or feedback meeting, with its programme and, optionally, seats to register for.</summary>
public class Event : IVersioned, IDemoContent, ISearchable, ISchedulable
{
    public const string SearchKind = "event";

    public int Id { get; set; }
    public EventKind Kind { get; set; }
    public required string Title { get; set; }

    /// <summary>Set once from the first title and never changed or reused, so links and calendar UIDs keep working.</summary>
    public required string Slug { get; set; }

    /// <summary>One or two sentences for lists, feeds and link previews.</summary>
    public string Summary { get; set; } = "";

    /// <summary>Markdown, rendered without raw HTML.</summary>
    public string Description { get; set; } = "";

    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }

    /// <summary>IANA time zone the times are shown in, e.g. Europe/Lisbon.</summary>
    public string TimeZoneId { get; set; } = "Europe/Brussels";

    /// <summary>The venue's name and address; null for an online-only event.</summary>
    public string? Venue { get; set; }

    public string? City { get; set; }

    /// <summary>Shown to everyone when the event has no registration, else only to people with a confirmed seat.</summary>
    public string? OnlineLink { get; set; }

    /// <summary>Unpublished events are seen by editors only.</summary>
    public bool IsPublished { get; set; }

    /// <summary>Set while the event is scheduled: the publishing schedule publishes it then (<see cref="Scheduling"/>).</summary>
    public DateTimeOffset? PublishAt { get; set; }

    public bool IsPublic => IsPublished;

    /// <summary>Null when the event takes no registrations; else the seats and waitlist, shared with consultations.</summary>
    public int? SeatPoolId { get; set; }

    public SeatPool? Seats { get; set; }
    public DateTimeOffset? RegistrationDeadline { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public List<EventSession> Sessions { get; set; } = [];
    public List<Topic> Topics { get; set; } = [];
    public SearchDocument? Search { get; set; }

    public bool TakesRegistrations => SeatPoolId is not null;

    public bool IsPast(DateTimeOffset now) => EndsAt <= now;

    /// <summary>Who may register for an event: every stakeholder role.</summary>
    public static readonly string StakeholderRoles = string.Join(',', Roles.Stakeholders);

    /// <summary>An event as the registration mechanism sees it: registration runs until it starts, or the deadline.</summary>
    public static Expression<Func<Event, Registrable>> AsRegistrable { get; } = e => new Registrable(
        RegistrableKind.Event, e.Id, e.Title, e.Slug, e.SeatPoolId ?? 0, e.StartsAt, e.EndsAt, e.TimeZoneId, EventPlaces.Full(e.Venue, e.City), e.OnlineLink,
        e.RegistrationDeadline, e.StartsAt, StakeholderRoles, false, null, e.IsPublished);

    private static readonly Func<Event, Registrable> Describe = AsRegistrable.Compile();

    /// <summary>This event as the registration mechanism sees it (only meaningful when it takes registrations).</summary>
    public Registrable ToRegistrable() => Describe(this);

    public bool IsRegistrationOpen(DateTimeOffset now) => TakesRegistrations && ToRegistrable().IsOpenAt(now);

    public string PublicPath => "/events/" + Slug;

    public void RefreshSearchDocument()
    {
        Search ??= new SearchDocument { Kind = SearchKind, Path = PublicPath };
        Search.Path = PublicPath;
        Search.Title = Title;
        Search.Summary = Summary;
        Search.Body = string.Join("\n\n", new[] { Description, string.Join(' ', Venue, City) }
            .Concat(Sessions.OrderBy(s => s.StartsAt).Select(s => $"{s.Title} {s.Themes}")));
        Search.Authors = string.Join(' ', Sessions.Select(s => s.Speakers));
        Search.Keywords = string.Join(' ', Topics.Select(t => t.Title).Prepend(Kind.DisplayName()));
        Search.IsPublic = IsPublic;
        Search.Area = Topics.FirstArea();
        Search.PublishedAt = StartsAt;
    }
}
