using System.ComponentModel.DataAnnotations;

namespace ReSoma.Web.Features.Shared;

/// <summary>The "schedule for" form of a consultation or an event: a wall-clock time in the item's own time zone.</summary>
public sealed class ScheduleInput
{
    /// <summary>The form field's name, for errors found after binding (a time that has passed).</summary>
    public const string Field = nameof(PublishOn);

    [Required(ErrorMessage = "Give the date and time it goes public.")]
    [Display(Name = "Publish on")]
    public DateTime? PublishOn { get; set; }
}
