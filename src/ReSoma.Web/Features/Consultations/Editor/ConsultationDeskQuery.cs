using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Consultations.Editor;

public sealed record ContributionRow(
    int Id, string Title, string Body, string Author, string? Organisation, DateTimeOffset SubmittedAt, DateTimeOffset UpdatedAt,
    ContributionStatus Status, string? ModerationNote, DateTimeOffset? ModeratedAt, string? ModeratedByName, string? AttachmentName, int Version);

/// <summary>A consultation's page in the back office: its people (null for a format without seats), its contributions, and the forms acting on them.
/// <see cref="Mail"/> and <see cref="RejectingId"/>/<see cref="RejectReason"/> keep what an editor typed when a form
/// comes back with an error.</summary>
public sealed record ConsultationDesk(
    int Id,
    string Title,
    string Slug,
    ConsultationFormat Format,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZoneId,
    bool IsCancelled,
    string? CancellationReason,
    ParticipantList? People,
    IReadOnlyList<ContributionRow> Contributions,
    ParticipantMailInput Mail,
    int? RejectingId = null,
    string? RejectReason = null);

public sealed class ConsultationDeskQuery(ReSomaDbContext db, Registrables registrables, Participants participants)
{
    public async Task<ConsultationDesk?> RunAsync(string slug, CancellationToken cancellationToken = default)
    {
        var c = await db.Consultations.AsNoTracking().Where(x => x.Slug == slug)
            .Select(x => new { x.Id, x.Title, x.Slug, x.Format, x.StartsAt, x.EndsAt, x.TimeZoneId, x.IsCancelled, x.CancellationReason, x.SeatPoolId })
            .FirstOrDefaultAsync(cancellationToken);
        if (c is null)
        {
            return null;
        }

        // A format without seats has nobody registered: only its contributions.
        var people = await registrables.ConsultationAsync(slug, cancellationToken) is { } item ? await participants.ListAsync(item, cancellationToken) : null;

        // Awaiting a decision first, then the rest; each group in the order they came in.
        var contributions = await db.Contributions.AsNoTracking()
            .Where(x => x.ConsultationId == c.Id)
            .OrderBy(x => x.Status == ContributionStatus.Submitted ? 0 : 1).ThenBy(x => x.SubmittedAt)
            .Select(x => new ContributionRow(
                x.Id, x.Title, x.Body, x.Author!.DisplayName, x.Author.Organisation == null ? null : x.Author.Organisation.Name, x.SubmittedAt, x.UpdatedAt,
                x.Status, x.ModerationNote, x.ModeratedAt, x.ModeratedByName, x.AttachmentOriginalName, x.Version))
            .ToListAsync(cancellationToken);
        return new ConsultationDesk(
            c.Id, c.Title, c.Slug, c.Format, c.StartsAt, c.EndsAt, c.TimeZoneId, c.IsCancelled, c.CancellationReason,
            people, contributions, new ParticipantMailInput());
    }
}
