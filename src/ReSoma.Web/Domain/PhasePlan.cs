using System.Globalization;

namespace ReSoma.Web.Domain;

/// <summary>The planned first day of each of the four phases of a cycle, and the rules a plan must keep.</summary>
public sealed record PhasePlan(DateOnly AgendaSetting, DateOnly Consultations, DateOnly Synthesis, DateOnly Publication)
{
    /// <summary>A plan may reach into the year before the cycle (agenda setting often starts in the autumn) and the
    /// year after it (publication of final reports); further away is a typing mistake.</summary>
    public const int YearsAround = 1;

    public IReadOnlyList<(CyclePhase Phase, DateOnly StartsOn)> Steps =>
    [
        (CyclePhase.AgendaSetting, AgendaSetting),
        (CyclePhase.Consultations, Consultations),
        (CyclePhase.Synthesis, Synthesis),
        (CyclePhase.Publication, Publication),
    ];

    /// <summary>A usual plan for a cycle opened on <paramref name="openedOn"/>: agenda setting from that day, then
    /// consultations, synthesis and publication at three-month steps.</summary>
    public static PhasePlan Usual(DateOnly openedOn) =>
        new(openedOn, openedOn.AddMonths(3), openedOn.AddMonths(6), openedOn.AddMonths(9));

    /// <summary>The plan a wizard starts from: the usual one from today, or from mid-January of the cycle's year when
    /// today is too far from it.</summary>
    public static PhasePlan For(int year, DateOnly today) =>
        Usual(today) is var fromToday && fromToday.Refusals(year).Count == 0 ? fromToday : Usual(new DateOnly(year, 1, 15));

    /// <summary>What is wrong with the plan for a cycle of <paramref name="year"/>, by phase; empty when nothing is.</summary>
    public IReadOnlyList<(CyclePhase Phase, string Message)> Refusals(int year)
    {
        var refusals = new List<(CyclePhase, string)>();
        DateOnly? previous = null;
        var previousPhase = CyclePhase.AgendaSetting;
        foreach (var (phase, startsOn) in Steps)
        {
            if (startsOn.Year < year - YearsAround || startsOn.Year > year + YearsAround)
            {
                refusals.Add((phase, $"{phase.DisplayName()} is planned for {LongDate(startsOn)}: a {year} cycle's phases start between {year - YearsAround} and {year + YearsAround}."));
            }
            else if (previous is { } before && startsOn <= before)
            {
                refusals.Add((phase, $"{phase.DisplayName()} is planned for {LongDate(startsOn)}, which is not after {previousPhase.DisplayName()} ({LongDate(before)}): phases follow one another."));
            }

            previous = startsOn;
            previousPhase = phase;
        }

        return refusals;
    }

    public static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
