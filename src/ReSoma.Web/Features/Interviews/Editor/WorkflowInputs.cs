using Microsoft.Extensions.Localization;
using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Features.Consultations.Editor;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>The buttons of the workflow: each carries the version the editor saw, so nobody publishes what they have not read.</summary>
public class WorkflowInput
{
    public int Version { get; set; }
}

/// <summary>The schedule form: a wall-clock time in the chosen zone, stored in UTC.</summary>
public sealed class ScheduleInput : WorkflowInput, IValidatableObject
{
    [Required(ErrorMessage = "Give the date and time the interview goes public.")]
    [Display(Name = "Publish on")]
    public DateTime? PublishAt { get; set; }

    [Required(ErrorMessage = "Choose the time zone of the publishing time.")]
    [StringLength(64, ErrorMessage = "Choose a time zone from the list.")]
    [Display(Name = "Time zone")]
    public string? TimeZoneId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var localizer = validationContext.GetRequiredService<IStringLocalizer<ScheduleInput>>();
        var zone = ConsultationTimes.IanaIdOf(TimeZoneId);
        if (zone is null)
        {
            yield return new ValidationResult(localizer["\"{0}\" is not a time zone we know: choose one from the list.", TimeZoneId ?? ""], [nameof(TimeZoneId)]);
        }
        else if (PublishAt is { } local && ConsultationTimes.ToUtc(local, zone) is null)
        {
            yield return new ValidationResult(localizer["That time falls in the hour that {0} skips when the clocks go forward: choose another time.", zone], [nameof(PublishAt)]);
        }
    }
}
