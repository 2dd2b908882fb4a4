using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Seats;

namespace ReSoma.Web.Features.Consultations;

public sealed record PublicContribution(string Title, string Body, string Author, string? Organisation, DateTimeOffset SubmittedAt);

public sealed record LinkedBrief(string Title, string Slug, BriefSeries Series);

/// <summary>The viewer's own standing: not signed in, not allowed, registered, waitlisted...</summary>
public sealed record ViewerStanding(bool SignedIn, bool RoleAllowed, SeatStatus? Status, int? WaitlistPosition, bool HasContribution);

public sealed record ConsultationPage(
    int Id,
    string Title,
    string Slug,
    ConsultationFormat Format,
    string Description,
    Area Area,
    string TopicTitle,
    string TopicSlug,
    int Year,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZoneId,
    string? Place,
    string? OnlineLink,
    DateTimeOffset RegistrationDeadline,
    IReadOnlyList<string> AllowedRoles,
    bool IsCancelled,
    string? CancellationReason,
    SeatSummary Seats,
    ViewerStanding Viewer,
    IReadOnlyList<PublicContribution> Contributions,
    IReadOnlyList<LinkedBrief> Briefs,
    DateTimeOffset Now)
{
    public bool RegistrationOpen => !IsCancelled && Now < RegistrationDeadline && Now < EndsAt;

    public bool AcceptsContributions => !IsCancelled && Now < EndsAt &&
        (Format == ConsultationFormat.WrittenContributionCall || Viewer.Status == SeatStatus.Confirmed || Viewer.HasContribution);
}
