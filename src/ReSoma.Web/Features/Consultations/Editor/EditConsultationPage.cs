using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>Another editor's saved version, shown beside the form when a save conflicts.</summary>
public sealed record ConsultationSnapshot(
    string Title,
    string Topic,
    ConsultationFormat Format,
    string Description,
    string When,
    string Deadline,
    string? Place,
    string? OnlineLink,
    int Capacity,
    string AllowedRoles,
    bool ShowContributions,
    DateTimeOffset SavedAt,
    int Version);

public sealed record EditConsultationPage(
    int Id,
    string Slug,
    string StoredTitle,
    bool IsCancelled,
    string? CancellationReason,
    SeatSummary? Seats,
    PublicationPanel Publication,
    ConsultationInput Input,
    ConsultationSnapshot? Theirs = null);
