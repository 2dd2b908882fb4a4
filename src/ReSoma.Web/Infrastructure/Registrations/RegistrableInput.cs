using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>
/// The part of an editor's form that every item people register for has: when it happens (wall-clock times in a
/// chosen zone), its online link, its seats, and the version the editor started from. <see cref="Validate"/> checks
/// the rules that tie these fields together, then asks the form for its own (<see cref="ValidateOwnFields"/>, and
/// <see cref="ValidateWithin"/> once the times are known to be real instants, start before end).
/// </summary>
public abstract class RegistrableInput : IValidatableObject
{
    public const int MaxCapacity = 10_000;

    [Required(ErrorMessage = "Give the date and time it starts.")]
    [Display(Name = "Starts")]
    public DateTime? StartsAt { get; set; }

    [Required(ErrorMessage = "Give the date and time it ends.")]
    [Display(Name = "Ends")]
    public DateTime? EndsAt { get; set; }

    /// <summary>A zone from the list; <see cref="OtherTimeZone"/>, when filled in, wins.</summary>
    [StringLength(64, ErrorMessage = "Choose a time zone from the list.")]
    [Display(Name = "Time zone")]
    public string? TimeZoneChoice { get; set; }

    [StringLength(64, ErrorMessage = "A time zone name is at most {1} characters.")]
    [Display(Name = "Other time zone (IANA name, e.g. America/New_York)")]
    public string? OtherTimeZone { get; set; }

    [StringLength(FieldLengths.Url, ErrorMessage = "The online link can be at most {1} characters.")]
    [Display(Name = "Online link (shown only to people with a seat, when it takes registrations)")]
    public string? OnlineLink { get; set; }

    [Range(0, MaxCapacity, ErrorMessage = "The capacity must be between {1} and {2} seats.")]
    [Display(Name = "Capacity (seats)")]
    public int Capacity { get; set; }

    /// <summary>The version the editor started from; a save based on an older one is a conflict.</summary>
    public int Version { get; set; }

    /// <summary>The zone the times are in: the typed one, else the chosen one.</summary>
    public string? ZoneId => string.IsNullOrWhiteSpace(OtherTimeZone) ? TimeZoneChoice?.Trim() : OtherTimeZone.Trim();

    /// <summary>The words of the form's own rules, in the interface's language (set when validation starts).</summary>
    protected IStringLocalizer Words { get; private set; } = EnglishWords.Instance;

    // The words of the rules written here, from this folder's resource.
    private IStringLocalizer localizer = EnglishWords.Instance;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        localizer = EnglishWords.For(validationContext, typeof(RegistrableInput));
        Words = EnglishWords.For(validationContext, GetType());
        var zone = ZonedTime.IanaIdOf(ZoneId);
        if (string.IsNullOrWhiteSpace(ZoneId))
        {
            yield return new ValidationResult(localizer["Choose the time zone, or type one."], [nameof(TimeZoneChoice)]);
        }
        else if (zone is null)
        {
            yield return new ValidationResult(localizer["\"{0}\" is not a time zone we know: use an IANA name such as Europe/Brussels.", ZoneId ?? ""], [nameof(OtherTimeZone)]);
        }

        if (OnlineLink is { Length: > 0 } link && !IsWebAddress(link.Trim()))
        {
            yield return new ValidationResult(localizer["The online link must be a full web address starting with http:// or https://."], [nameof(OnlineLink)]);
        }

        foreach (var result in ValidateOwnFields())
        {
            yield return result;
        }

        if (zone is null || StartsAt is not { } start || EndsAt is not { } end)
        {
            yield break;
        }

        var startUtc = ZonedTime.ToUtc(start, zone);
        var endUtc = ZonedTime.ToUtc(end, zone);
        if (startUtc is null || endUtc is null)
        {
            yield return startUtc is null
                ? new ValidationResult(localizer["The start falls in the hour that {0} skips when the clocks go forward: choose another time.", zone], [nameof(StartsAt)])
                : new ValidationResult(localizer["The end falls in the hour that {0} skips when the clocks go forward: choose another time.", zone], [nameof(EndsAt)]);
            yield break;
        }

        if (endUtc <= startUtc)
        {
            yield return new ValidationResult(localizer["The end must be after the start."], [nameof(EndsAt)]);
            yield break;
        }

        foreach (var result in ValidateWithin(zone, startUtc.Value, endUtc.Value))
        {
            yield return result;
        }
    }

    /// <summary>The form's own rules that need no times.</summary>
    protected virtual IEnumerable<ValidationResult> ValidateOwnFields() => [];

    /// <summary>The form's own rules about times (the deadline, a programme), given the item's real start and end.</summary>
    protected virtual IEnumerable<ValidationResult> ValidateWithin(string zone, DateTimeOffset start, DateTimeOffset end) => [];

    /// <summary>The error for a registration deadline at a wall-clock time that <paramref name="zone"/> skips when the
    /// clocks go forward.</summary>
    protected ValidationResult SkippedDeadlineHour(string zone) =>
        new(localizer["The registration deadline falls in the hour that {0} skips when the clocks go forward: choose another time.", zone], ["RegistrationDeadline"]);

    private static bool IsWebAddress(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;
}
