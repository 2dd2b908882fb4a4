using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Consultations;

/// <param name="CitedIn">The published briefs citing the contribution.</param>
public sealed record PublicContribution(int Id, string Title, string Body, string Author, string? Organisation, DateTimeOffset SubmittedAt, IReadOnlyList<LinkedBrief> CitedIn);

public sealed record LinkedBrief(string Title, string Slug, BriefSeries Series);

/// <summary>The viewer's own standing for written contributions: signed in, of a role the consultation is for, with a
/// seat (where the format has seats), with a contribution already.</summary>
public sealed record ViewerStanding(bool SignedIn, bool RoleAllowed, bool HasSeat, bool HasContribution);

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
    RegistrationPanel? Registration,
    ViewerStanding Viewer,
    IReadOnlyList<PublicContribution> Contributions,
    IReadOnlyList<LinkedBrief> Briefs,
    DateTimeOffset Now,
    PublicationState Publication,
    DateTimeOffset? PublishAt)
{
    /// <summary>An editor's preview of a consultation the public cannot see yet.</summary>
    public bool IsPreview => Publication != PublicationState.Published;

    /// <summary>Open for contributions at all (whoever may send them): published, not cancelled, not over.</summary>
    public bool AcceptsContributionsFromSomeone => !IsPreview && !IsCancelled && Now < EndsAt;

    public bool AcceptsContributions => !IsPreview &&
        Consultation.AcceptsContributionFrom(Format, IsCancelled, EndsAt, Now, Viewer.RoleAllowed, Viewer.HasSeat, Viewer.HasContribution);
}
