using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>
/// The consultation form. Times are wall-clock times in the chosen zone; <see cref="Validate"/> checks the rules that
/// tie fields together (the order of start, end and deadline, the zone, the link, the roles).
/// </summary>
public sealed class ConsultationInput : IValidatableObject
{
    public const int MaxCapacity = 10_000;

    [Range(1, int.MaxValue, ErrorMessage = "Choose the topic the consultation is about.")]
    [Display(Name = "Topic")]
    public int TopicId { get; set; }

    [Required(ErrorMessage = "Choose the format.")]
    [EnumDataType(typeof(ConsultationFormat), ErrorMessage = "Choose one of the four formats.")]
    public ConsultationFormat? Format { get; set; }

    [Required(ErrorMessage = "Give the consultation a title.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The title can be at most {1} characters.")]
    public string Title { get; set; } = "";

    [StringLength(FieldLengths.Markdown, ErrorMessage = "The description can be at most {1} characters.")]
    [Display(Name = "Description (Markdown)")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Give the date and time it starts.")]
    [Display(Name = "Starts")]
    public DateTime? StartsAt { get; set; }

    [Required(ErrorMessage = "Give the date and time it ends.")]
    [Display(Name = "Ends")]
    public DateTime? EndsAt { get; set; }

    [Required(ErrorMessage = "Give the registration deadline.")]
    [Display(Name = "Registration deadline")]
    public DateTime? RegistrationDeadline { get; set; }

    /// <summary>A zone from the list; <see cref="OtherTimeZone"/>, when filled in, wins.</summary>
    [StringLength(64, ErrorMessage = "Choose a time zone from the list.")]
    [Display(Name = "Time zone")]
    public string? TimeZoneChoice { get; set; }

    [StringLength(64, ErrorMessage = "A time zone name is at most {1} characters.")]
    [Display(Name = "Other time zone (IANA name, e.g. America/New_York)")]
    public string? OtherTimeZone { get; set; }

    [StringLength(FieldLengths.Title, ErrorMessage = "The place can be at most {1} characters.")]
    public string? Place { get; set; }

    [StringLength(FieldLengths.Url, ErrorMessage = "The online link can be at most {1} characters.")]
    [Display(Name = "Online link (shown only to people with a seat)")]
    public string? OnlineLink { get; set; }

    [Required(ErrorMessage = "Give the number of seats.")]
    [Range(0, MaxCapacity, ErrorMessage = "The capacity must be between {1} and {2} seats.")]
    [Display(Name = "Capacity (seats)")]
    public int Capacity { get; set; }

    [Display(Name = "Who may register")]
    // Empty by default: a form with every box unticked posts nothing, and must not fall back to a default.
    public List<string> AllowedRoles { get; set; } = [];

    [Display(Name = "Show accepted contributions publicly")]
    public bool ShowContributions { get; set; }

    /// <summary>The version the editor started from; a save based on an older one is a conflict.</summary>
    public int Version { get; set; }

    /// <summary>A new consultation's form: a meeting in Brussels four weeks from now, open to every stakeholder role.</summary>
    public static ConsultationInput Blank(DateTimeOffset now)
    {
        var day = ConsultationTimes.ToLocal(now, "Europe/Brussels").Date.AddDays(28);
        return new()
        {
            Format = ConsultationFormat.FeedbackMeeting,
            TimeZoneChoice = "Europe/Brussels",
            StartsAt = day.AddHours(14),
            EndsAt = day.AddHours(17),
            RegistrationDeadline = day.AddDays(-3).AddHours(23).AddMinutes(59),
            Capacity = 20,
            AllowedRoles = [.. Roles.Stakeholders],
        };
    }

    /// <summary>The zone the times are in: the typed one, else the chosen one.</summary>
    public string? ZoneId => string.IsNullOrWhiteSpace(OtherTimeZone) ? TimeZoneChoice?.Trim() : OtherTimeZone.Trim();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var zone = ConsultationTimes.IanaIdOf(ZoneId);
        if (string.IsNullOrWhiteSpace(ZoneId))
        {
            yield return new ValidationResult("Choose the time zone, or type one.", [nameof(TimeZoneChoice)]);
        }
        else if (zone is null)
        {
            yield return new ValidationResult($"\"{ZoneId}\" is not a time zone we know: use an IANA name such as Europe/Brussels.", [nameof(OtherTimeZone)]);
        }

        if (OnlineLink is { Length: > 0 } link && !IsWebAddress(link.Trim()))
        {
            yield return new ValidationResult("The online link must be a full web address starting with http:// or https://.", [nameof(OnlineLink)]);
        }

        var roles = AllowedRoles.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        if (roles.Count == 0)
        {
            yield return new ValidationResult("Choose at least one stakeholder role that may register.", [nameof(AllowedRoles)]);
        }
        else if (roles.Any(r => !Roles.IsStakeholderRole(r)))
        {
            yield return new ValidationResult("Only researchers, policymakers and practitioners can register for consultations.", [nameof(AllowedRoles)]);
        }

        if (zone is null || StartsAt is not { } start || EndsAt is not { } end || RegistrationDeadline is not { } deadline)
        {
            yield break;
        }

        foreach (var (name, value, label) in new[] { (nameof(StartsAt), start, "The start"), (nameof(EndsAt), end, "The end"), (nameof(RegistrationDeadline), deadline, "The registration deadline") })
        {
            if (ConsultationTimes.ToUtc(value, zone) is null)
            {
                yield return new ValidationResult($"{label} falls in the hour that {zone} skips when the clocks go forward: choose another time.", [name]);
                yield break;
            }
        }

        if (ConsultationTimes.ToUtc(end, zone) <= ConsultationTimes.ToUtc(start, zone))
        {
            yield return new ValidationResult("The end must be after the start.", [nameof(EndsAt)]);
        }

        if (ConsultationTimes.ToUtc(deadline, zone) > ConsultationTimes.ToUtc(end, zone))
        {
            yield return new ValidationResult("The registration deadline cannot be after the end.", [nameof(RegistrationDeadline)]);
        }
    }

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;
}

public sealed class CancelConsultationInput
{
    [Required(ErrorMessage = "Say why the consultation is cancelled; visitors and participants will see the reason.")]
    [StringLength(FieldLengths.ShortText, ErrorMessage = "The reason can be at most {1} characters.")]
    public string Reason { get; set; } = "";
}
