using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>Between a stored consultation and its form: the form's wall-clock times are the stored UTC ones in the
/// consultation's zone, and back.</summary>
public static class ConsultationForms
{
    public static ConsultationInput InputOf(Consultation c) => new()
    {
        TopicId = c.TopicId,
        Format = c.Format,
        Title = c.Title,
        Description = c.Description,
        StartsAt = ConsultationTimes.ToLocal(c.StartsAt, c.TimeZoneId),
        EndsAt = ConsultationTimes.ToLocal(c.EndsAt, c.TimeZoneId),
        RegistrationDeadline = ConsultationTimes.ToLocal(c.RegistrationDeadline, c.TimeZoneId),
        TimeZoneChoice = ConsultationTimes.CommonZones.Contains(c.TimeZoneId) ? c.TimeZoneId : "",
        OtherTimeZone = ConsultationTimes.CommonZones.Contains(c.TimeZoneId) ? null : c.TimeZoneId,
        Place = c.Place,
        OnlineLink = c.OnlineLink,
        Capacity = c.Seats?.Capacity ?? 0,
        AllowedRoles = [.. c.AllowedRoleList],
        ShowContributions = c.ShowContributions,
        Version = c.Version,
    };

    /// <summary>Copies a valid form onto the consultation. Capacity is not copied: seats change through the allocator.</summary>
    public static void Apply(Consultation c, ConsultationInput input, DateTimeOffset now)
    {
        var zone = ConsultationTimes.IanaIdOf(input.ZoneId)!;
        c.TopicId = input.TopicId;
        c.Format = input.Format!.Value;
        c.Title = input.Title.Trim();
        c.Description = input.Description ?? "";
        c.TimeZoneId = zone;
        c.StartsAt = ConsultationTimes.ToUtc(input.StartsAt!.Value, zone)!.Value;
        c.EndsAt = ConsultationTimes.ToUtc(input.EndsAt!.Value, zone)!.Value;
        c.RegistrationDeadline = ConsultationTimes.ToUtc(input.RegistrationDeadline!.Value, zone)!.Value;
        c.Place = Trimmed(input.Place);
        c.OnlineLink = Trimmed(input.OnlineLink);
        // Stored in the fixed order of Roles.Stakeholders, whatever order the boxes were posted in.
        c.AllowedRoles = string.Join(',', Roles.Stakeholders.Where(input.AllowedRoles.Contains));
        c.ShowContributions = input.ShowContributions;
        c.UpdatedAt = now;
    }

    public static ConsultationSnapshot SnapshotOf(Consultation c) => new(
        c.Title,
        c.Topic?.Title ?? "",
        c.Format,
        c.Description,
        ZonedTime.Range(c.StartsAt, c.EndsAt, c.TimeZoneId),
        ZonedTime.Format(c.RegistrationDeadline, c.TimeZoneId),
        c.Place,
        c.OnlineLink,
        c.Seats?.Capacity ?? 0,
        string.Join(", ", c.AllowedRoleList),
        c.ShowContributions,
        c.UpdatedAt,
        c.Version);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
