using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Notifications;

/// <summary>The settings form. <see cref="Token"/> is set when the page was opened from a mail's signed link.</summary>
public sealed class NotificationSettingsInput
{
    [Required(ErrorMessage = "Choose how often you want mail.")]
    [EnumDataType(typeof(DigestFrequency), ErrorMessage = "Choose one of the four choices.")]
    [Display(Name = "How often")]
    public DigestFrequency? Frequency { get; set; }

    [Required(ErrorMessage = "Choose your time zone.")]
    [StringLength(64, ErrorMessage = "Choose your time zone from the list.")]
    [Display(Name = "Time zone")]
    public string TimeZoneId { get; set; } = "Europe/Brussels";

    [Range(0, 23, ErrorMessage = "Choose an hour from 0 to 23.")]
    [Display(Name = "At")]
    public int Hour { get; set; } = 8;

    [EnumDataType(typeof(DayOfWeek), ErrorMessage = "Choose a day of the week.")]
    [Display(Name = "Weekly on")]
    public DayOfWeek WeeklyOn { get; set; } = DayOfWeek.Monday;

    [Display(Name = "Send me the ReSOMA newsletter")]
    public bool Newsletter { get; set; }

    [StringLength(1000)]
    public string? Token { get; set; }

    public int Version { get; set; }
}
