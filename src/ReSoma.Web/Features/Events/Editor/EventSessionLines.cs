using System.Globalization;
using System.Text.RegularExpressions;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Web.Features.Events.Editor;

/// <summary>A session read from the programme box, its times in UTC.</summary>
public sealed record SessionLine(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Title, string Speakers, string Themes);

/// <summary>
/// The programme as editors type it: one session a line, four parts separated by <c>|</c>, the last two optional:
/// <code>2020-02-05 09:30-11:00 | Opening plenary | Ana Silva (ISMU); Jan de Vries | Linking research and policy; Funding</code>
/// Date and times are wall-clock times in the event's zone; a session running past midnight gives its end date too
/// (<c>2020-02-05 22:00-2020-02-06 01:00</c>). Speakers and themes are separated by semicolons. Blank lines are skipped.
/// A text box keeps the form usable without script and a whole programme easy to paste from a document.
/// </summary>
public static partial class EventSessionLines
{
    public const string Example = "2020-02-05 09:30-11:00 | Opening plenary | Ana Silva (ISMU); Jan de Vries | Linking research and policy";

    public sealed record Result(IReadOnlyList<SessionLine> Sessions, IReadOnlyList<string> Errors);

    public static Result Parse(string? text, string zoneId, DateTimeOffset eventStart, DateTimeOffset eventEnd)
    {
        var sessions = new List<SessionLine>();
        var errors = new List<string>();
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var (session, error) = ParseLine(lines[i], zoneId);
            if (session is not null && (session.StartsAt < eventStart || session.EndsAt > eventEnd))
            {
                error = $"the session is not within the event ({ZonedTime.Range(eventStart, eventEnd, zoneId)}).";
            }

            if (error is not null)
            {
                errors.Add($"Programme, line {i + 1}: {error}");
            }
            else
            {
                sessions.Add(session!);
            }
        }

        return new Result(sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.EndsAt).ToList(), errors);
    }

    /// <summary>The stored programme as the box shows it, so an untouched form saves the same sessions.</summary>
    public static string Format(IEnumerable<EventSession> sessions, string zoneId) =>
        string.Join("\n", sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.EndsAt).Select(s => Format(s, zoneId)));

    private static string Format(EventSession s, string zoneId)
    {
        var start = ZonedTime.In(s.StartsAt, zoneId);
        var end = ZonedTime.In(s.EndsAt, zoneId);
        var when = start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "-"
            + end.ToString(start.Date == end.Date ? "HH:mm" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var parts = new List<string> { when, s.Title };
        if (s.Speakers.Length > 0 || s.Themes.Length > 0)
        {
            parts.Add(string.Join("; ", s.SpeakerList));
        }

        if (s.Themes.Length > 0)
        {
            parts.Add(string.Join("; ", s.ThemeList));
        }

        return string.Join(" | ", parts);
    }

    private static (SessionLine? Session, string? Error) ParseLine(string line, string zoneId)
    {
        var parts = line.Split('|').Select(p => p.Trim()).ToArray();
        if (parts.Length > 4)
        {
            return (null, "a line has at most four parts separated by |: time, title, speakers, themes.");
        }

        var match = TimePattern().Match(parts[0]);
        if (!match.Success)
        {
            return (null, $"start with the date and times, e.g. \"{Example}\".");
        }

        if (!DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !DateOnly.TryParseExact(match.Groups["endDate"].Success ? match.Groups["endDate"].Value : match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var endDay))
        {
            return (null, "the date is not a real day; write it as year-month-day, e.g. 2020-02-05.");
        }

        if (!TimeOnly.TryParseExact(match.Groups["start"].Value, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !TimeOnly.TryParseExact(match.Groups["end"].Value, "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            return (null, "a time is not a time of day; write it as hours and minutes, e.g. 09:30.");
        }

        var startsAt = ZonedTime.ToUtc(day.ToDateTime(from), zoneId);
        var endsAt = ZonedTime.ToUtc(endDay.ToDateTime(to), zoneId);
        if (startsAt is null || endsAt is null)
        {
            return (null, $"the time falls in the hour that {zoneId} skips when the clocks go forward.");
        }

        if (endsAt <= startsAt)
        {
            return (null, "the session must end after it starts (for one running past midnight, give the end date too).");
        }

        var title = parts.Length > 1 ? parts[1] : "";
        var speakers = parts.Length > 2 ? Normalize(parts[2]) : "";
        var themes = parts.Length > 3 ? Normalize(parts[3]) : "";
        var error =
            title.Length == 0 ? "the session needs a title after the times, separated by |."
            : title.Length > FieldLengths.Title ? $"the title can be at most {FieldLengths.Title} characters."
            : speakers.Length > FieldLengths.ShortText ? $"the speakers can be at most {FieldLengths.ShortText} characters."
            : themes.Length > FieldLengths.ShortText ? $"the themes can be at most {FieldLengths.ShortText} characters."
            : null;
        return error is null ? (new SessionLine(startsAt.Value, endsAt.Value, title, speakers, themes), null) : (null, error);
    }

    // "a;b ; ;c" → "a; b; c": the same list, however it was spaced.
    private static string Normalize(string list) =>
        string.Join("; ", list.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})\s+(?<start>\d{1,2}:\d{2})\s*[-–—]\s*(?:(?<endDate>\d{4}-\d{2}-\d{2})\s+)?(?<end>\d{1,2}:\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex TimePattern();
}
