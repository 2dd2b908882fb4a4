using ReSoma.Web.Domain;

namespace ReSoma.Tests.Cycles;

/// <summary>The cycle's own rules, without HTTP or a database.</summary>
public sealed class CycleRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly PhasePlan Plan = PhasePlan.Usual(new DateOnly(2026, 11, 23));

    [Fact]
    public void A_new_cycle_is_current_in_agenda_setting_with_its_first_step_recorded()
    {
        var cycle = Cycle.Open(2027, Plan, Now, "admin-id", "Demo Admin");

        Assert.True(cycle.IsCurrent);
        Assert.Equal(CyclePhase.AgendaSetting, cycle.Phase);
        var step = Assert.Single(cycle.PhaseChanges);
        Assert.Equal((CyclePhase.AgendaSetting, new DateOnly(2026, 11, 23), "admin-id", "Demo Admin"), (step.Phase, step.StartsOn, step.RecordedByUserId, step.RecordedByName));
        Assert.Equal(Plan.Steps, cycle.PlannedPhases.Select(p => (p.Phase, p.StartsOn)));
    }

    [Fact]
    public void A_cycle_moves_forward_one_phase_at_a_time_until_publication()
    {
        var cycle = Cycle.Open(2027, Plan, Now, null, "Secretariat");
        var day = new DateOnly(2026, 11, 23);
        foreach (var phase in new[] { CyclePhase.Consultations, CyclePhase.Synthesis, CyclePhase.Publication })
        {
            Assert.Null(cycle.MoveTo(phase, day, Now, null, "Secretariat"));
            Assert.Equal(phase, cycle.Phase);
        }

        Assert.Null(cycle.NextPhase);
        Assert.Equal(4, cycle.PhaseChanges.Count);
        Assert.NotNull(cycle.MoveTo(CyclePhase.Publication, day, Now, null, "Secretariat"));
    }

    [Fact]
    public void An_undefined_phase_is_refused()
    {
        var cycle = Cycle.Open(2027, Plan, Now, null, "Secretariat");
        Assert.Equal("Choose one of the four phases.", cycle.MoveTo((CyclePhase)5, new DateOnly(2027, 1, 1), Now, null, "x"));
        Assert.Equal(CyclePhase.AgendaSetting, cycle.Phase);
    }

    [Fact]
    public void An_archived_cycle_never_moves_and_keeps_its_closing_date()
    {
        var cycle = Cycle.Open(2026, Plan, Now, null, "Secretariat");
        cycle.Archive(Now);
        cycle.Archive(Now.AddDays(5));

        Assert.Equal(Now, cycle.ClosedAt);
        Assert.StartsWith("Cycle 2026 is archived", cycle.MoveTo(CyclePhase.Consultations, new DateOnly(2026, 12, 1), Now, null, "x"), StringComparison.Ordinal);
        Assert.Equal(CyclePhase.AgendaSetting, cycle.Phase);
        Assert.Single(cycle.PhaseChanges);
    }

    [Fact]
    public void Without_a_recorded_start_the_opening_day_is_the_earliest_date()
    {
        var cycle = new Cycle { Year = 2019, IsCurrent = true, OpenedAt = new DateTimeOffset(2019, 1, 15, 9, 0, 0, TimeSpan.Zero) };

        Assert.NotNull(cycle.MoveTo(CyclePhase.Consultations, new DateOnly(2019, 1, 14), Now, null, "x"));
        Assert.Null(cycle.MoveTo(CyclePhase.Consultations, new DateOnly(2019, 1, 15), Now, null, "x"));
    }

    [Theory]
    [InlineData(2020, false, 2019, null)]
    [InlineData(2019, true, 2019, "The 2019 cycle already exists: a year has one cycle, opened once.")]
    [InlineData(2018, false, 2019, "The current cycle is 2019: a new cycle must come after it, so 2018 cannot be opened.")]
    [InlineData(1999, false, null, "1999 is not a year for a cycle: give a year from 2000 to 2032.")]
    [InlineData(2032, false, null, null)]
    [InlineData(2033, false, 2019, "2033 is not a year for a cycle: give a year from 2000 to 2032.")]
    public void Which_years_can_be_opened(int year, bool exists, int? currentYear, string? refusal) =>
        Assert.Equal(refusal, Cycle.RefusalToOpen(year, exists, currentYear, Now));
}
