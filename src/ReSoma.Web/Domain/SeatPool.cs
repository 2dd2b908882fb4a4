namespace ReSoma.Web.Domain;

/// <summary>
/// Seats of something people register for (a consultation or an event), with its registration questions and when its
/// reminders go out. <see cref="Arrivals"/> numbers every registration in the order the database received it; the seat
/// allocator updates it first in each registration's transaction, which locks the pool and so serialises registrations
/// for the same seats on every provider.
/// </summary>
public class SeatPool
{
    /// <summary>A week and a day before, unless an editor chooses otherwise.</summary>
    public const string DefaultReminderHours = "168,24";

    /// <summary>The reminders an editor can choose from, in hours before the start, with how a person reads them.</summary>
    public static readonly IReadOnlyList<(int Hours, string Label)> ReminderChoices =
        [(336, "Two weeks before"), (168, "A week before"), (72, "Three days before"), (24, "A day before"), (2, "Two hours before")];

    public int Id { get; set; }
    public int Capacity { get; set; }
    public long Arrivals { get; set; }

    /// <summary>Hours before the start at which confirmed participants are reminded, separated by commas; empty for none.</summary>
    public string ReminderHours { get; set; } = DefaultReminderHours;

    public List<RegistrationQuestion> Questions { get; set; } = [];

    public IReadOnlyList<int> ReminderLeads => ParseLeads(ReminderHours);

    /// <summary>The stored form of the chosen reminders: only those offered, longest first.</summary>
    public static string LeadsText(IEnumerable<int> hours) =>
        string.Join(',', hours.Where(h => ReminderChoices.Any(c => c.Hours == h)).Distinct().OrderDescending()
            .Select(h => h.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    public static IReadOnlyList<int> ParseLeads(string? hours) =>
        (hours ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(h => int.TryParse(h, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
            .Where(n => n > 0).Distinct().OrderDescending().ToList();
}
