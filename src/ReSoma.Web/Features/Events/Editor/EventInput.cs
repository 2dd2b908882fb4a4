using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Events.Editor;

/// <summary>
/// The event form. Times are wall-clock times in the chosen zone; <see cref="Validate"/> checks the rules that tie
/// fields together: end after start, a place or a link, the registration fields, and the programme (each session
/// readable, and within the event).
/// </summary>
public sealed partial class EventInput : RegistrableInput
{
    /// <summary>A programme of a few days fits easily; a pasted book does not.</summary>
    public const int MaxProgramme = 20_000;

    [Required(ErrorMessage = "Choose the kind of event.")]
    [EnumDataType(typeof(EventKind), ErrorMessage = "Choose one of the four kinds of event.")]
    [Display(Name = "Kind of event")]
    public EventKind? Kind { get; set; }

    [Required(ErrorMessage = "Give the event a title.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The title can be at most {1} characters.")]
    [Display(Name = "Title")]
    public string Title { get; set; } = "";

    /// <summary>Only on the create form: the address is set once and never changes, so calendars and links keep working.</summary>
    [StringLength(Slugs.MaxLength, ErrorMessage = "The address can be at most {1} characters.")]
    [Display(Name = "Address (optional)")]
    public string? Slug { get; set; }

    [StringLength(FieldLengths.ShortText, ErrorMessage = "The summary can be at most {1} characters.")]
    [Display(Name = "Summary (one or two sentences for lists and previews)")]
    public string? Summary { get; set; }

    [StringLength(FieldLengths.Markdown, ErrorMessage = "The description can be at most {1} characters.")]
    [Display(Name = "Description (Markdown)")]
    public string? Description { get; set; }

    [StringLength(FieldLengths.Title, ErrorMessage = "The venue can be at most {1} characters.")]
    [Display(Name = "Venue (name and address)")]
    public string? Venue { get; set; }

    [StringLength(FieldLengths.Name, ErrorMessage = "The city can be at most {1} characters.")]
    [Display(Name = "City")]
    public string? City { get; set; }

    [Display(Name = "Related topics")]
    public List<int> TopicIds { get; set; } = [];

    [Display(Name = "Take registrations (seats, with a waitlist when full)")]
    public bool TakesRegistrations { get; set; }

    [Display(Name = "Registration deadline (optional; else registration closes at the start)")]
    public DateTime? RegistrationDeadline { get; set; }

    /// <summary>One session a line, in the format <see cref="EventSessionLines"/> reads.</summary>
    [StringLength(MaxProgramme, ErrorMessage = "The programme can be at most {1} characters.")]
    [Display(Name = "Programme")]
    public string? Sessions { get; set; }

    /// <summary>A new event's form: an afternoon workshop in Brussels four weeks from now, without registration.</summary>
    public static EventInput Blank(DateTimeOffset now)
    {
        var day = ZonedTime.ToLocal(now, "Europe/Brussels").Date.AddDays(28);
        return new()
        {
            Kind = EventKind.Workshop,
            TimeZoneChoice = "Europe/Brussels",
            StartsAt = day.AddHours(14),
            EndsAt = day.AddHours(17),
            City = "Brussels",
            Capacity = 40,
        };
    }

    protected override IEnumerable<ValidationResult> ValidateOwnFields()
    {
        if (!string.IsNullOrWhiteSpace(Slug) && !SlugPattern().IsMatch(Slug.Trim()))
        {
            yield return new ValidationResult(Words["The address may hold only small letters, digits and single hyphens between them, e.g. final-conference-2020."], [nameof(Slug)]);
        }

        if (string.IsNullOrWhiteSpace(Venue) && string.IsNullOrWhiteSpace(City) && string.IsNullOrWhiteSpace(OnlineLink))
        {
            yield return new ValidationResult(Words["Say where the event happens: a venue or a city, or an online link."], [nameof(Venue)]);
        }

        if (TakesRegistrations && Capacity < 1)
        {
            yield return new ValidationResult(Words["An event that takes registrations needs at least 1 seat."], [nameof(Capacity)]);
        }
    }

    protected override IEnumerable<ValidationResult> ValidateWithin(string zone, DateTimeOffset start, DateTimeOffset end)
    {
        if (TakesRegistrations && RegistrationDeadline is { } deadline)
        {
            var deadlineUtc = ZonedTime.ToUtc(deadline, zone);
            if (deadlineUtc is null)
            {
                yield return SkippedDeadlineHour(zone);
            }
            else if (deadlineUtc > start)
            {
                yield return new ValidationResult(Words["The registration deadline cannot be after the start: registration closes when the event starts anyway."], [nameof(RegistrationDeadline)]);
            }
        }

        var programme = EventSessionLines.Parse(Sessions, zone, start, end);
        foreach (var error in programme.Errors)
        {
            yield return new ValidationResult(error, [nameof(Sessions)]);
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex SlugPattern();
}
