namespace ReSoma.Web.Domain;

/// <summary>
/// Something people register for (a consultation or an event), described the same way for both, with the rules of who
/// may register and until when. <see cref="LatestClose"/> is the item's own limit: a consultation takes registrations
/// until it ends, an event until it starts; an earlier <see cref="RegistrationDeadline"/> closes it sooner.
/// </summary>
public sealed record Registrable(
    RegistrableKind Kind,
    int Id,
    string Title,
    string Slug,
    int SeatPoolId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZoneId,
    string? Place,
    string? OnlineLink,
    DateTimeOffset? RegistrationDeadline,
    DateTimeOffset LatestClose,
    string AllowedRoles,
    bool IsCancelled,
    string? CancellationReason,
    bool IsPublished)
{
    public string PublicPath => (Kind == RegistrableKind.Consultation ? "/consultations/" : "/events/") + Slug;

    /// <summary>The back-office address segment: consultations go by slug, events by id.</summary>
    public string EditorKey => Kind == RegistrableKind.Consultation ? Slug : Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string EditorPath => (Kind == RegistrableKind.Consultation ? "/editor/consultations/" : "/editor/events/") + EditorKey;

    public string Noun => Kind == RegistrableKind.Consultation ? "consultation" : "event";

    public IReadOnlyList<string> AllowedRoleList => AllowedRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public DateTimeOffset ClosesAt => RegistrationDeadline is { } deadline && deadline < LatestClose ? deadline : LatestClose;

    public bool IsOver(DateTimeOffset now) => EndsAt <= now;

    public bool IsOpenAt(DateTimeOffset now) => IsPublished && !IsCancelled && now < ClosesAt;

    public bool Allows(IEnumerable<string> roles) => roles.Any(r => AllowedRoleList.Contains(r));

    public RegistrationRefusal RefusalFor(IEnumerable<string> roles, DateTimeOffset now) =>
        !IsPublished ? RegistrationRefusal.NotPublished
        : IsCancelled ? RegistrationRefusal.Cancelled
        : now >= ClosesAt ? RegistrationRefusal.Closed
        : !Allows(roles) ? RegistrationRefusal.RoleNotAllowed
        : RegistrationRefusal.None;

    /// <summary>A registration can be given back until the item is over (after that the list is a record), or any time
    /// once the item is cancelled.</summary>
    public bool AllowsCancelling(DateTimeOffset now) => IsCancelled || !IsOver(now);

    /// <summary>A certificate of attendance exists once the item is over, for those marked present.</summary>
    public bool GivesCertificates(DateTimeOffset now) => !IsCancelled && IsOver(now);

    /// <summary>Time spent, for the certificate, rounded to a half hour: the programme's sessions when there are any,
    /// else the item's length when it fits in a day, else a working day (8 hours) for each day it spans.</summary>
    public double HoursWith(IReadOnlyCollection<(DateTimeOffset From, DateTimeOffset To)> sessions)
    {
        var hours = sessions.Count > 0 ? sessions.Sum(s => Math.Max(0, (s.To - s.From).TotalHours))
            : EndsAt - StartsAt <= TimeSpan.FromHours(24) ? (EndsAt - StartsAt).TotalHours
            : Math.Ceiling((EndsAt - StartsAt).TotalDays) * 8;
        return Math.Round(hours * 2, MidpointRounding.AwayFromZero) / 2;
    }
}
