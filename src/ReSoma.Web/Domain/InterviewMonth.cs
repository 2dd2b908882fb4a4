namespace ReSoma.Web.Domain;

/// <summary>The month an interview belongs to, e.g. 2019-05. One interview is published per month.</summary>
public readonly record struct InterviewMonth(int Year, int Month) : IComparable<InterviewMonth>
{
    /// <summary>A sortable number, e.g. 201905; the database keeps claimed months unique on it.</summary>
    public int Key => (Year * 100) + Month;

    public DateOnly FirstDay => new(Year, Month, 1);

    public InterviewMonth Next => FromDate(FirstDay.AddMonths(1));

    public InterviewMonth Previous => FromDate(FirstDay.AddMonths(-1));

    public static InterviewMonth FromDate(DateOnly day) => new(day.Year, day.Month);

    public static InterviewMonth FromKey(int key) => new(key / 100, key % 100);

    public static bool IsValid(int year, int month) => year is >= 2000 and <= 2100 && month is >= 1 and <= 12;

    /// <summary>The start of the month in UTC.</summary>
    public DateTimeOffset StartUtc => new(Year, Month, 1, 0, 0, 0, TimeSpan.Zero);

    public int CompareTo(InterviewMonth other) => Key.CompareTo(other.Key);

    public override string ToString() => $"{Year:D4}-{Month:D2}";

    public string DisplayName() => FirstDay.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
