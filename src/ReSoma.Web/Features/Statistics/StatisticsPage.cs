using System.Globalization;

namespace ReSoma.Web.Features.Statistics;

/// <summary>A month of the statistics, as chosen in the page's address (<c>?month=2026-11</c>).</summary>
public readonly record struct UsageMonth(int Year, int Month)
{
    public DateTime Start => new(Year, Month, 1, 0, 0, 0, DateTimeKind.Utc);
    public DateTime End => Start.AddMonths(1);
    public string Key => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
    public string Name => Start.ToString("MMMM yyyy", CultureInfo.CurrentCulture);
    public string ShortName => Start.ToString("MMM yy", CultureInfo.CurrentCulture);

    public UsageMonth Previous => Of(Start.AddMonths(-1));

    public static UsageMonth Of(DateTime at) => new(at.Year, at.Month);

    /// <summary>The month named, or <paramref name="fallback"/> when the text is not a month.</summary>
    public static UsageMonth Parse(string? text, UsageMonth fallback) =>
        DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && at.Year >= 2000 ? Of(at) : fallback;
}

/// <summary>One item's uses in a month.</summary>
public sealed record UsageRow(string Kind, int Id, string Title, string Path, string Series, int Views, int Downloads);

public sealed record SeriesUsage(string Series, int Items, int Views, int Downloads);

/// <summary>The editors' statistics for one month.</summary>
public sealed record StatisticsPage(
    UsageMonth Month,
    IReadOnlyList<UsageMonth> Choices,
    IReadOnlyList<UsageRow> Rows,
    IReadOnlyList<SeriesUsage> BySeries)
{
    public const int Top = 10;

    public IReadOnlyList<UsageRow> MostRead => Rows.Where(r => r.Views > 0).OrderByDescending(r => r.Views).ThenBy(r => r.Title, StringComparer.Ordinal).Take(Top).ToList();

    public IReadOnlyList<UsageRow> MostDownloaded => Rows.Where(r => r.Downloads > 0).OrderByDescending(r => r.Downloads).ThenBy(r => r.Title, StringComparer.Ordinal).Take(Top).ToList();
}

public sealed record MonthUsage(UsageMonth Month, int Views, int Downloads);

/// <summary>One brief's views and downloads month by month, for its chart; <paramref name="Language"/> is the brief's.</summary>
public sealed record BriefUsagePage(int Id, string Title, string Slug, IReadOnlyList<MonthUsage> Months, string Language)
{
    public int Peak => Math.Max(1, Months.Select(m => Math.Max(m.Views, m.Downloads)).DefaultIfEmpty(0).Max());
}
