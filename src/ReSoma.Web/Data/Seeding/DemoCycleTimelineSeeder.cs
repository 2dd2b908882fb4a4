using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// Gives the archived demo cycles their whole timelines (2018 and 2019, each through publication) and adds the
/// stakeholder proposals around the current demo cycle: those its opening decided, three adopted as its topics, and
/// those sent since, waiting for the next cycle. Runs once (see <see cref="SeedMarks"/>), after the core demo content;
/// cycles an admin has deleted are left alone, and a portal seeded with the first story keeps it.
/// </summary>
public sealed class DemoCycleTimelineSeeder(ReSomaDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string MarkName = "demo:timeline:v2";
    public const string FirstStoryMarkName = "demo:timeline:v1";

    /// <summary>The demo timeline was recorded by the project's secretariat, not by an account of this portal.</summary>
    public const string Recorder = DemoStory.Recorder;

    private static readonly (int Year, CyclePhase Phase, DateOnly StartsOn)[] History =
    [
        (2018, CyclePhase.AgendaSetting, new(2018, 2, 1)),
        (2018, CyclePhase.Consultations, new(2018, 4, 16)),
        (2018, CyclePhase.Synthesis, new(2018, 9, 3)),
        (2018, CyclePhase.Publication, new(2018, 11, 19)),
        (2019, CyclePhase.AgendaSetting, new(2019, 1, 15)),
        (2019, CyclePhase.Consultations, new(2019, 4, 1)),
        (2019, CyclePhase.Synthesis, new(2019, 9, 2)),
        (2019, CyclePhase.Publication, new(2019, 11, 25)),
    ];

    public Task SeedAsync() => SeedMarks.RunOnceAsync(db, MarkName, AddAsync, clock, FirstStoryMarkName);

    private async Task AddAsync()
    {
        var cycles = await db.Cycles.Include(c => c.PhaseChanges).Where(c => c.Year == 2018 || c.Year == 2019).ToListAsync();
        foreach (var (year, phase, startsOn) in History)
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

        await AddProposalsAsync(new DemoStory(clock.GetUtcNow()));
        await db.SaveChangesAsync();
    }

    // Only around the demo's own current cycle: its opening is what decided the first ones.
    private async Task AddProposalsAsync(DemoStory story)
    {
        if (story.CurrentYear is not { } year || !await db.Cycles.AnyAsync(c => c.IsCurrent && c.IsDemo && c.Year == year))
        {
            return;
        }

        var topics = await DemoTopicLookup.CurrentAsync(db);
        foreach (var (demo, month, day) in DemoProposals.DecidedByOpening)
        {
            var proposal = New(demo, new DateTimeOffset(year - 1, month, day, 14, 0, 0, TimeSpan.Zero));
            proposal.DecideIn(year, demo.AdoptedAs is { } slug ? topics.GetValueOrDefault(slug) : null);
            db.TopicProposals.Add(proposal);
        }

        db.TopicProposals.AddRange(DemoProposals.WaitingForNextCycle.Select(w => New(w.Proposal, story.SinceOpening(year, w.Share))));
    }

    private static TopicProposal New(DemoProposal demo, DateTimeOffset createdAt) => new()
    {
        Area = demo.Area,
        Title = demo.Title,
        Rationale = demo.Rationale,
        ProposedByName = demo.ProposedBy,
        CreatedAt = createdAt,
    };
}
