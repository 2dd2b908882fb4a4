using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Events.Editor;

/// <summary>Another editor's saved version, shown beside the form when a save conflicts.</summary>
public sealed record EventSnapshot(
    string Title,
    EventKind Kind,
    string Summary,
    string When,
    string? Where,
    string? OnlineLink,
    string Registration,
    string Topics,
    string Programme,
    string Description,
    bool IsPublished,
    DateTimeOffset SavedAt,
    int Version);

/// <summary>The edit page: the event as stored (title, address, seats) and the form, which keeps what the editor typed.</summary>
public sealed record EditEventPage(
    int Id,
    string Slug,
    string StoredTitle,
    PublicationPanel Publication,
    SeatSummary? Seats,
    EventInput Input,
    EventSnapshot? Theirs = null);
