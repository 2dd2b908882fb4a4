using System.Globalization;

namespace ReSoma.Web.Features.Oai;

/// <summary>A from/until argument in either granularity the repository supports: a day, or a second in UTC.</summary>
public sealed record OaiDate(DateTimeOffset Start, bool IsDay)
{
    public const string DayFormat = "yyyy-MM-dd";
    public const string SecondFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>
    /// The first instant after this date. Until is inclusive of the whole day or second it names, and datestamps are
    /// shown to the second while briefs are saved with fractions, so until compares with this bound exclusively.
    /// Null past the calendar's end (until=9999-12-31): no upper bound at all.
    /// </summary>
    public DateTimeOffset? End => DateTimeOffset.MaxValue - Start < (IsDay ? TimeSpan.FromDays(1) : TimeSpan.FromSeconds(1))
        ? null
        : Start + (IsDay ? TimeSpan.FromDays(1) : TimeSpan.FromSeconds(1));

    public static OaiDate? Parse(string value)
    {
        const DateTimeStyles utc = DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        if (DateTime.TryParseExact(value, DayFormat, CultureInfo.InvariantCulture, utc, out var day))
        {
            return new OaiDate(new DateTimeOffset(day, TimeSpan.Zero), IsDay: true);
        }

        return DateTime.TryParseExact(value, SecondFormat, CultureInfo.InvariantCulture, utc, out var second)
            ? new OaiDate(new DateTimeOffset(second, TimeSpan.Zero), IsDay: false)
            : null;
    }

    /// <summary>A datestamp as the repository shows it: UTC, to the second.</summary>
    public static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString(SecondFormat, CultureInfo.InvariantCulture);
}
