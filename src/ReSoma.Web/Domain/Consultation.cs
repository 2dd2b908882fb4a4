using System.Linq.Expressions;

namespace ReSoma.Web.Domain;

/// <summary>A consultation on a topic: a survey, a feedback meeting, video interviews or a call for written contributions.</summary>
public class Consultation : IVersioned, IDemoContent, ISearchable, ISchedulable
{
    public const string SearchKind = "consultation";

    public int Id { get; set; }
    public int TopicId { get; set; }
    public Topic? Topic { get; set; }
    public ConsultationFormat Format { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }

    /// <summary>Markdown, rendered without raw HTML.</summary>
    public string Description { get; set; } = "";

    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }

    /// <summary>IANA time zone the times are shown in, e.g. Europe/Brussels.</summary>
    public string TimeZoneId { get; set; } = "Europe/Brussels";

    public string? Place { get; set; }

    /// <summary>Shown only to people with a confirmed seat.</summary>
    public string? OnlineLink { get; set; }

    public DateTimeOffset RegistrationDeadline { get; set; }

    /// <summary>Stakeholder roles that may register, separated by commas (e.g. "Researcher,Practitioner").</summary>
    public string AllowedRoles { get; set; } = string.Join(',', Roles.Stakeholders);

    /// <summary>Unpublished consultations are seen by editors only: not listed, not found, not searchable, in no
    /// calendar. New ones start as drafts; those from before drafts existed were made published by their migration.</summary>
    public bool IsPublished { get; set; }

    /// <summary>Set while the consultation is scheduled: the publishing schedule publishes it then (<see cref="Scheduling"/>).</summary>
    public DateTimeOffset? PublishAt { get; set; }

    public bool IsPublic => IsPublished;

    public bool IsCancelled { get; set; }
    public string? CancellationReason { get; set; }

    /// <summary>Accepted written contributions are shown on the public page.</summary>
    public bool ShowContributions { get; set; }

    /// <summary>Null for a format without seats (<see cref="ConsultationFormatNames.TakesSeats"/>): nobody registers for it.</summary>
    public int? SeatPoolId { get; set; }

    public SeatPool? Seats { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<string> AllowedRoleList => AllowedRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsClosedFor(DateTimeOffset now) => IsCancelled || now >= EndsAt;

    /// <summary>A consultation as the registration mechanism sees it: registration runs until it ends, or the deadline.</summary>
    public static Expression<Func<Consultation, Registrable>> AsRegistrable { get; } = c => new Registrable(
        RegistrableKind.Consultation, c.Id, c.Title, c.Slug, c.SeatPoolId ?? 0, c.StartsAt, c.EndsAt, c.TimeZoneId, c.Place, c.OnlineLink,
        c.RegistrationDeadline, c.EndsAt, c.AllowedRoles, c.IsCancelled, c.CancellationReason, c.IsPublished);

    private static readonly Func<Consultation, Registrable> Describe = AsRegistrable.Compile();

    /// <summary>This consultation as the registration mechanism sees it (only meaningful when it has seats).</summary>
    public Registrable ToRegistrable() => Describe(this);

    /// <summary>Whether this person may send a written contribution now: the format says who (everyone it is open to,
    /// or only participants with a seat); someone who already sent one may keep editing it while the consultation runs.</summary>
    public static bool AcceptsContributionFrom(ConsultationFormat format, bool isCancelled, DateTimeOffset endsAt, DateTimeOffset now, bool roleAllowed, bool hasSeat, bool hasContribution) =>
        !isCancelled && now < endsAt && (hasContribution || (format.TakesSeats() ? hasSeat : roleAllowed));

    /// <summary>
    /// Why a consultation may not be about a topic of cycle <paramref name="topicYear"/>, or null when it may: a
    /// consultation runs on a topic of the current cycle. One that already belongs to an archived topic keeps it (it is
    /// history), and a topic carried over brings its running consultations into the new cycle when that opens.
    /// </summary>
    public static string? RefusalOfTopic(string topicTitle, int topicYear, bool topicCycleIsCurrent, bool keepsItsTopic) =>
        topicCycleIsCurrent || keepsItsTopic
            ? null
            : $"“{topicTitle}” is a topic of cycle {topicYear}, which is archived: a consultation runs on a topic of the current cycle, so choose one of those.";

    public SearchDocument? Search { get; set; }

    public string PublicPath => "/consultations/" + Slug;

    public void RefreshSearchDocument()
    {
        Search ??= new SearchDocument { Kind = SearchKind, Path = PublicPath };
        Search.Path = PublicPath;
        Search.Title = Title;
        Search.Summary = "";
        Search.Body = Description;
        Search.Keywords = string.Join(' ', Format.DisplayName(), Place);
        Search.IsPublic = IsPublic;
        Search.Area = Topic?.Area;
        Search.PublishedAt = StartsAt;
    }
}
