using System.Globalization;

namespace ReSoma.Web.Domain;

/// <summary>One annual cycle: nine topics, taken through agenda setting, consultations, synthesis and publication.</summary>
public class Cycle : IVersioned, IDemoContent
{
    public int Id { get; set; }
    public int Year { get; set; }
    public CyclePhase Phase { get; set; } = CyclePhase.AgendaSetting;

    /// <summary>At most one cycle is current; a unique filtered index holds that rule in the database.</summary>
    public bool IsCurrent { get; set; }

    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }
    public List<Topic> Topics { get; set; } = [];
    public List<CyclePhaseChange> PhaseChanges { get; set; } = [];

    /// <summary>The planned start of each phase; empty for cycles opened before plans existed.</summary>
    public List<PlannedPhase> PlannedPhases { get; set; } = [];

    public const int TopicsPerArea = 3;

    /// <summary>The earliest year a cycle may have: ReSOMA began in 2018, so anything before 2000 is a typing mistake.</summary>
    public const int FirstYear = 2000;

    /// <summary>Cycles are planned a few years ahead at most: beyond next year + 5 is a typing mistake.</summary>
    public static int LastYear(DateTimeOffset now) => now.Year + 6;

    public static bool IsSensibleYear(int year, DateTimeOffset now) => year >= FirstYear && year <= LastYear(now);

    /// <summary>Why a cycle for <paramref name="year"/> cannot be opened now, or null when it can.</summary>
    /// <param name="exists">The year already has a cycle.</param>
    /// <param name="currentYear">The year of the current cycle, if there is one.</param>
    public static string? RefusalToOpen(int year, bool exists, int? currentYear, DateTimeOffset now)
    {
        if (!IsSensibleYear(year, now))
        {
            return $"{year} is not a year for a cycle: give a year from {FirstYear} to {LastYear(now)}.";
        }

        if (exists)
        {
            return $"The {year} cycle already exists: a year has one cycle, opened once.";
        }

        // Opening makes the new cycle current; an earlier year would push a later cycle into the archive.
        return year < currentYear
            ? $"The current cycle is {currentYear}: a new cycle must come after it, so {year} cannot be opened."
            : null;
    }

    /// <summary>The phase that may come next, or null after publication, the last one.</summary>
    public CyclePhase? NextPhase => Phase == CyclePhase.Publication ? null : Phase + 1;

    /// <summary>A new current cycle in agenda setting, whose timeline starts on the day it is opened, with the
    /// phases planned as <paramref name="plan"/> says (checked first with <see cref="PhasePlan.Refusals"/>).</summary>
    public static Cycle Open(int year, PhasePlan plan, DateTimeOffset now, string? userId, string userName) => new()
    {
        Year = year,
        Phase = CyclePhase.AgendaSetting,
        IsCurrent = true,
        OpenedAt = now,
        PhaseChanges =
        [
            new CyclePhaseChange
            {
                Phase = CyclePhase.AgendaSetting,
                StartsOn = DateOnly.FromDateTime(now.UtcDateTime),
                RecordedAt = now,
                RecordedByUserId = userId,
                RecordedByName = userName,
            },
        ],
        PlannedPhases = plan.Steps.Select(s => new PlannedPhase { Phase = s.Phase, StartsOn = s.StartsOn }).ToList(),
    };

    /// <summary>The planned start of <paramref name="phase"/>, if the cycle has a plan. <see cref="PlannedPhases"/> must be loaded.</summary>
    public DateOnly? PlannedStart(CyclePhase phase) =>
        PlannedPhases.Where(p => p.Phase == phase).Select(p => (DateOnly?)p.StartsOn).FirstOrDefault();

    /// <summary>Plans the phases anew while the cycle is current; an archived cycle's plan is part of the record.
    /// <see cref="PlannedPhases"/> must be loaded.</summary>
    /// <returns>What is wrong, by phase (null: the whole plan), and nothing changed; empty when the plan was replaced.</returns>
    public IReadOnlyList<(CyclePhase? Phase, string Message)> Replan(PhasePlan plan)
    {
        if (!IsCurrent)
        {
            return [(null, $"Cycle {Year} is archived: its plan is part of the record and no longer changes.")];
        }

        var refusals = plan.Refusals(Year);
        if (refusals.Count > 0)
        {
            return refusals.Select(r => ((CyclePhase?)r.Phase, r.Message)).ToList();
        }

        Plan(plan);
        return [];
    }

    private void Plan(PhasePlan plan)
    {
        foreach (var (phase, startsOn) in plan.Steps)
        {
            if (PlannedPhases.FirstOrDefault(p => p.Phase == phase) is { } planned)
            {
                planned.StartsOn = startsOn;
            }
            else
            {
                PlannedPhases.Add(new PlannedPhase { Phase = phase, StartsOn = startsOn });
            }
        }
    }

    /// <summary>Makes way for the next cycle; its pages stay as an archive, and it never becomes current again.</summary>
    public void Archive(DateTimeOffset now)
    {
        IsCurrent = false;
        ClosedAt ??= now;
    }

    /// <summary>The day the present phase began: its recorded start, else the latest recorded one, else the opening day.</summary>
    public DateOnly CurrentPhaseStart() =>
        PhaseChanges.Where(c => c.Phase == Phase).Select(c => (DateOnly?)c.StartsOn).FirstOrDefault()
        ?? PhaseChanges.Select(c => (DateOnly?)c.StartsOn).Max()
        ?? DateOnly.FromDateTime(OpenedAt.UtcDateTime);

    /// <summary>
    /// Takes the cycle one step forward and records who did it. <see cref="PhaseChanges"/> must be loaded.
    /// </summary>
    /// <returns>Why the move is refused (and nothing changed), or null when it was made.</returns>
    public string? MoveTo(CyclePhase phase, DateOnly startsOn, DateTimeOffset now, string? userId, string userName)
    {
        var refusal = RefusalOf(phase, startsOn);
        if (refusal is not null)
        {
            return refusal;
        }

        Phase = phase;
        PhaseChanges.Add(new CyclePhaseChange { Phase = phase, StartsOn = startsOn, RecordedAt = now, RecordedByUserId = userId, RecordedByName = userName });
        return null;
    }

    private string? RefusalOf(CyclePhase phase, DateOnly startsOn)
    {
        if (!IsCurrent)
        {
            // Moving an archived cycle would make it current again: two current cycles, or a reopened archive.
            return $"Cycle {Year} is archived: it cannot be moved or made current again, because only one cycle is current at a time. Open a new cycle instead.";
        }

        if (!Enum.IsDefined(phase))
        {
            return "Choose one of the four phases.";
        }

        if (NextPhase is not { } next)
        {
            return $"Cycle {Year} is in {Phase.DisplayName()}, the last phase: there is no phase after it.";
        }

        if (phase <= Phase)
        {
            return $"Cycle {Year} is already in {Phase.DisplayName()}: a cycle never moves back to {phase.DisplayName()}.";
        }

        if (phase != next)
        {
            return $"Cycle {Year} cannot skip {next.DisplayName()}: move it to {next.DisplayName()} before {phase.DisplayName()}.";
        }

        var previousStart = CurrentPhaseStart();
        return startsOn < previousStart
            ? $"{phase.DisplayName()} cannot start on {LongDate(startsOn)}, before {Phase.DisplayName()} started ({LongDate(previousStart)})."
            : null;
    }

    private static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
