using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// Gives the demo cycles their timelines (2018 through publication, 2019 up to consultations) and adds a few
/// stakeholder proposals for 2020, so the cycle pages and the wizard are not empty. Runs once (see <see cref="SeedMarks"/>),
/// after the core demo content; cycles an admin has deleted are left alone.
/// </summary>
public sealed class DemoCycleTimelineSeeder(ReSomaDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string MarkName = "demo:timeline:v1";

    /// <summary>The demo timeline was recorded by the project's secretariat, not by an account of this portal.</summary>
    public const string Recorder = "ReSOMA secretariat";

    private static readonly (int Year, CyclePhase Phase, DateOnly StartsOn)[] Timeline =
    [
        (2018, CyclePhase.AgendaSetting, new(2018, 2, 1)),
        (2018, CyclePhase.Consultations, new(2018, 4, 16)),
        (2018, CyclePhase.Synthesis, new(2018, 9, 3)),
        (2018, CyclePhase.Publication, new(2018, 11, 19)),
        (2019, CyclePhase.AgendaSetting, new(2019, 1, 15)),
        (2019, CyclePhase.Consultations, new(2019, 4, 1)),
    ];

    public Task SeedAsync() => SeedMarks.RunOnceAsync(db, MarkName, AddAsync, clock);

    private async Task AddAsync()
    {
        var cycles = await db.Cycles.Include(c => c.PhaseChanges).Where(c => c.Year == 2018 || c.Year == 2019).ToListAsync();
        foreach (var (year, phase, startsOn) in Timeline)
        {
            // Only steps the cycle has really reached, and never a second record of the same step.
            if (cycles.FirstOrDefault(c => c.Year == year) is { } cycle && phase <= cycle.Phase && cycle.PhaseChanges.All(c => c.Phase != phase))
            {
                cycle.PhaseChanges.Add(new CyclePhaseChange
                {
                    Phase = phase,
                    StartsOn = startsOn,
                    RecordedAt = new DateTimeOffset(startsOn.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero),
                    RecordedByName = Recorder,
                });
            }
        }

        if (!await db.TopicProposals.AnyAsync(p => p.DecidedInYear == null))
        {
            db.TopicProposals.AddRange(Proposals2020);
        }

        await db.SaveChangesAsync();
    }

    // Dated in early 2020, while the 2020 topics were being chosen (and once COVID-19 had reached Europe).
    private static TopicProposal Proposal(Area area, string title, string by, int month, int day, string rationale) => new()
    {
        Area = area,
        Title = title,
        Rationale = rationale,
        ProposedByName = by,
        CreatedAt = new DateTimeOffset(2020, month, day, 14, 0, 0, TimeSpan.Zero),
    };

    private static TopicProposal[] Proposals2020 =>
    [
        Proposal(Area.Integration, "Migrants' needs in the policy responses to COVID-19", "Lena Hoffmann", 3, 30, """
            Emergency measures in health care, housing and income support are being designed at speed, and people with a
            precarious residence status risk falling through every net. We propose to collect evidence on **which
            responses included migrants** (for example, access to testing and treatment regardless of status, or
            extended permits) and what it would take to make that the rule rather than the exception.
            """),
        Proposal(Area.Integration, "Anti-racism as part of integration policy", "Karim Benali", 2, 18, """
            Integration strategies often speak about newcomers' duties and rarely about the discrimination they and
            their children meet in work, housing and schools. ReSOMA could gather what research says about
            **structural racism** and which local and national anti-racism plans have measurable results.
            """),
        Proposal(Area.Migration, "Essential workers with temporary permits", "Sofia Marques", 4, 6, """
            Farm, care and delivery work depends heavily on migrants holding short or seasonal permits. We suggest looking
            at how their **rights and protection** can be secured, and whether legal pathways for these jobs should be
            widened.
            """),
        Proposal(Area.Asylum, "Asylum procedures at a distance", "Jan de Vries", 4, 14, """
            Interviews by video, online registration and remote legal counselling are being tried out in several Member
            States. Do they speed up procedures without lowering safeguards? Practitioners' experience would be a
            useful start.
            """),
    ];
}
