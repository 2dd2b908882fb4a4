using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>
/// The demo's one story, told from the clock at seeding: the 2018 and 2019 cycles are history, and a current cycle
/// runs in today's year, in the phase its plan has reached today. Every seeder dates what it writes from here, so a
/// demo started on any day reads the same way: what is live is this year's, everything else is archive.
/// </summary>
public sealed class DemoStory(DateTimeOffset now)
{
    /// <summary>The last cycle of the Horizon 2020 project; from 2020 ReSOMA continued inside IMISCOE.</summary>
    public const int LastHistoricalYear = 2019;

    /// <summary>Who recorded the demo timelines: the project's secretariat, not an account of this portal.</summary>
    public const string Recorder = "ReSOMA secretariat";

    /// <summary>The Lisbon conference closed the Horizon 2020 project and with it the 2019 cycle.</summary>
    public static readonly DateTimeOffset FinalConferenceEnd = new(2020, 2, 6, 16, 15, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; } = now;

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    /// <summary>Today's year, when it comes after the history; null when the clock says 2019 or earlier, and then only
    /// the history is seeded (a current cycle in a historical year would collide with it).</summary>
    public int? CurrentYear => Now.Year > LastHistoricalYear ? Now.Year : null;

    /// <summary>How every demo cycle of today's kind is planned: agenda setting from New Year, consultations from April,
    /// synthesis from September, publication from mid-November.</summary>
    public static PhasePlan PlanFor(int year) =>
        new(new DateOnly(year, 1, 1), new DateOnly(year, 4, 1), new DateOnly(year, 9, 1), new DateOnly(year, 11, 16));

    /// <summary>The planned phases whose first day has come, in order; agenda setting always has.</summary>
    public IReadOnlyList<(CyclePhase Phase, DateOnly StartsOn)> ReachedPhases(int year) =>
        PlanFor(year).Steps.Where(s => s.StartsOn <= Today).ToList();

    /// <summary>The current cycle's opening: its first morning, or this very moment when seeding runs before it.</summary>
    public DateTimeOffset OpenedAt(int year) => MorningOrNow(new DateOnly(year, 1, 1));

    /// <summary>09:30 UTC on <paramref name="day"/>, the secretariat's habit, but never later than now.</summary>
    public DateTimeOffset MorningOrNow(DateOnly day) => AtOrNow(day, new TimeOnly(9, 30));

    /// <summary><paramref name="time"/> (UTC) on <paramref name="day"/>, or now if that is still to come: nothing the
    /// demo records as done happens after the moment of seeding.</summary>
    public DateTimeOffset AtOrNow(DateOnly day, TimeOnly time)
    {
        var at = new DateTimeOffset(day.ToDateTime(time), TimeSpan.Zero);
        return at < Now ? at : Now;
    }

    /// <summary>A moment between the current cycle's opening and now, <paramref name="share"/> of the way: for things
    /// that happened "since the cycle opened", such as the proposals waiting for the next one.</summary>
    public DateTimeOffset SinceOpening(int year, double share) => OpenedAt(year) + ((Now - OpenedAt(year)) * share);
}
