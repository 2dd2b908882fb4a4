using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>
/// The consultation form. Times are wall-clock times in the chosen zone; <see cref="Validate"/> checks the rules that
/// tie fields together (the order of start, end and deadline, the zone, the link, the roles).
/// </summary>
public sealed class ConsultationInput : RegistrableInput
{
    [Range(1, int.MaxValue, ErrorMessage = "Choose the topic the consultation is about.")]
    [Display(Name = "Topic")]
    public int TopicId { get; set; }

    [Required(ErrorMessage = "Choose the format.")]
    [EnumDataType(typeof(ConsultationFormat), ErrorMessage = "Choose one of the four formats.")]
    [Display(Name = "Format")]
    public ConsultationFormat? Format { get; set; }

    [Required(ErrorMessage = "Give the consultation a title.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The title can be at most {1} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    [StringLength(FieldLengths.Markdown, ErrorMessage = "The description can be at most {1} characters.")]
    [Display(Name = "Description (Markdown)")]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Give the registration deadline.")]
    [Display(Name = "Registration deadline")]
    public DateTime? RegistrationDeadline { get; set; }

    [StringLength(FieldLengths.Title, ErrorMessage = "The place can be at most {1} characters.")]
    [Display(Name = "Place")]
    public string? Place { get; set; }

    [Display(Name = "Who may register")]
    // Empty by default: a form with every box unticked posts nothing, and must not fall back to a default.
    public List<string> AllowedRoles { get; set; } = [];

    [Display(Name = "Show accepted contributions publicly")]
    public bool ShowContributions { get; set; }

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

    protected override IEnumerable<ValidationResult> ValidateOwnFields()
    {
        var roles = AllowedRoles.Where(r => !string.IsNullOrWhiteSpace(r)).ToList();
        if (roles.Count == 0)
        {
            yield return new ValidationResult(Words["Choose at least one stakeholder role that may register."], [nameof(AllowedRoles)]);
        }
        else if (roles.Any(r => !Roles.IsStakeholderRole(r)))
        {
            yield return new ValidationResult(Words["Only researchers, policymakers and practitioners can register for consultations."], [nameof(AllowedRoles)]);
        }
    }

    protected override IEnumerable<ValidationResult> ValidateWithin(string zone, DateTimeOffset start, DateTimeOffset end)
    {
        if (RegistrationDeadline is not { } deadline)
        {
            yield break;
        }

        var deadlineUtc = ConsultationTimes.ToUtc(deadline, zone);
        if (deadlineUtc is null)
        {
            yield return SkippedDeadlineHour(zone);
        }
        else if (deadlineUtc > end)
        {
            yield return new ValidationResult(Words["The registration deadline cannot be after the end."], [nameof(RegistrationDeadline)]);
        }
    }
}

public sealed class CancelConsultationInput
{
    [Required(ErrorMessage = "Say why the consultation is cancelled; visitors and participants will see the reason.")]
    [StringLength(FieldLengths.ShortText, ErrorMessage = "The reason can be at most {1} characters.")]
    public string Reason { get; set; } = "";
}
