using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Infrastructure.Registrations;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Consultations;

namespace ReSoma.Tests.Data;

/// <summary>
/// What a newcomer sees in a demo portal started on a given day: one story, in which this year's cycle is live and 2018
/// and 2019 are history. The same checks run at several clock dates (the subclasses below), because the demo is dated
/// from the clock at seeding and must read the same whatever day that is.
/// </summary>
public abstract class DemoStorySeedTests<TFactory>(TFactory factory, CyclePhase phase) : PortalTest<TFactory>(factory)
    where TFactory : DemoPortalAtFactory
{
    /// <summary>A carried topic: in 2019 with its briefs, and in the current cycle.</summary>
    private const string CarriedTopic = "detention-increasing-use";

    protected DateTimeOffset Now => Factory.Clock.GetUtcNow();

    protected int Year => Now.Year;

    [Fact]
    public async Task The_home_page_shows_this_years_cycle_in_the_phase_the_date_has_reached_and_counts_a_carried_topic_once()
    {
        var home = await Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Equal($"Cycle {Year}", home.One("#current-cycle")!.TextContent.Trim());
        Assert.Equal($"Phase: {phase.DisplayName()}", home.One("#current-cycle + .badge")!.TextContent.Trim());
        Assert.Equal(9, home.Document.QuerySelectorAll(".topic-list li").Length);
        // 18 topics of 2018 and 2019 and 6 new ones; the 3 carried into this year are the 2019 ones again.
        Assert.Equal("24", home.One("#figure-topics")!.TextContent);
        Assert.Equal("Interview of the month", home.One("#interview-of-the-month")!.TextContent.Trim());
    }

    [Fact]
    public async Task Every_open_or_upcoming_consultation_is_on_a_topic_of_this_years_cycle_and_still_ahead()
    {
        var list = await Client.GetAsync("/consultations");
        var slugs = list.Document.QuerySelectorAll(".consultation-list h2 a").Select(a => a.GetAttribute("href")!["/consultations/".Length..]).ToList();
        var listed = await Factory.WithDbAsync(db => db.Consultations.AsNoTracking().Include(c => c.Topic!.Cycle)
            .Where(c => slugs.Contains(c.Slug)).ToListAsync());

        Assert.Equal(5, slugs.Count);
        Assert.Equal(slugs.Count, listed.Count);
        Assert.All(listed, c =>
        {
            Assert.Equal(Year, c.Topic!.Cycle!.Year);
            Assert.True(c.EndsAt > Now && c.RegistrationDeadline > Now, $"{c.Title} ends {c.EndsAt}, registration closes {c.RegistrationDeadline}");
            Assert.True(c.StartsAt >= new DateTimeOffset(Year, 1, 1, 0, 0, 0, TimeSpan.Zero), $"{c.Title} starts {c.StartsAt}, before its cycle");
        });

        var past = await Client.GetAsync("/consultations?show=past");
        var pastSlugs = past.Document.QuerySelectorAll(".consultation-list h2 a").Select(a => a.GetAttribute("href")!["/consultations/".Length..]).ToList();
        var history = await Factory.WithDbAsync(db => db.Consultations.AsNoTracking().Include(c => c.Topic!.Cycle)
            .Where(c => pastSlugs.Contains(c.Slug)).ToListAsync());
        Assert.Equal(2, history.Count);
        Assert.All(history, c => Assert.Equal((2019, 2019), (c.Topic!.Cycle!.Year, c.StartsAt.Year)));
    }

    [Fact]
    public async Task The_cycles_page_shows_this_years_cycle_first_and_2018_and_2019_as_archive_with_whole_timelines()
    {
        var cycles = await Client.GetAsync("/cycles");

        Assert.Equal([$"cycle-{Year}", "cycle-2019", "cycle-2018"], cycles.Document.QuerySelectorAll("#cycle-list > li").Select(li => li.Id));
        Assert.Contains($"Current · {phase.DisplayName()}", cycles.One($"#cycle-{Year}")!.TextContent, StringComparison.Ordinal);
        Assert.All(new[] { "#cycle-2019", "#cycle-2018" }, id => Assert.Contains("Archive", cycles.One(id)!.TextContent, StringComparison.Ordinal));
        foreach (var archived in new[] { 2018, 2019 })
        {
            Assert.Equal(4, (await Client.GetAsync($"/cycles/{archived}")).Document.QuerySelectorAll("ol#timeline > li").Length);
        }

        // The current cycle: its plan in full, and recorded starts only for the phases whose planned day has come.
        var current = await Factory.WithDbAsync(db => db.Cycles.AsNoTracking().Include(c => c.PhaseChanges).Include(c => c.PlannedPhases)
            .SingleAsync(c => c.IsCurrent));
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        Assert.Equal((Year, phase), (current.Year, current.Phase));
        Assert.Equal(4, current.PlannedPhases.Count);
        Assert.Equal(
            current.PlannedPhases.Where(p => p.StartsOn <= today).Select(p => (p.Phase, p.StartsOn)).OrderBy(p => p.Phase),
            current.PhaseChanges.Select(c => (c.Phase, c.StartsOn)).OrderBy(c => c.Phase));
        Assert.All(current.PhaseChanges, c => Assert.True(c.RecordedAt <= Now && c.RecordedByName == DemoStory.Recorder));
        Assert.Equal(4, (await Client.GetAsync($"/cycles/{Year}")).Document.QuerySelectorAll("ol#timeline > li").Length);
    }

    [Fact]
    public async Task The_latest_interview_is_this_months_and_its_questionnaire_is_open()
    {
        var archive = await Client.GetAsync("/interviews");
        var latest = archive.One(".interview-card")!;

        Assert.Equal($"{Year:D4}-{Now.Month:D2}", latest.QuerySelector("time")!.GetAttribute("datetime"));
        var page = await Client.GetAsync(latest.QuerySelector("h3 a")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.One("#questionnaire-form"));
        Assert.Contains(page.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/topics/{CarriedTopic}-{Year}" || a.GetAttribute("href") == $"/topics/{CarriedTopic}");
    }

    [Fact]
    public async Task Events_show_what_is_coming_and_the_Lisbon_conference_as_history()
    {
        var events = await Client.GetAsync("/events");

        Assert.Equal(2, events.Document.QuerySelectorAll("#upcoming .event-title a").Length);
        Assert.Contains("ReSOMA final conference, Lisbon", events.Document.QuerySelectorAll("#past .event-title a").Select(a => a.TextContent));
        var upcoming = await Factory.WithDbAsync(db => db.Events.AsNoTracking().Include(e => e.Topics).ThenInclude(t => t.Cycle)
            .Where(e => e.StartsAt > Now).ToListAsync());
        Assert.All(upcoming, e => Assert.All(e.Topics, t => Assert.Equal(Year, t.Cycle!.Year)));
    }

    [Fact]
    public async Task Proposals_sent_since_the_cycle_opened_wait_for_the_next_one_and_the_opening_decided_the_earlier_ones()
    {
        var page = await Client.GetAsync("/cycles/next/proposals");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(DemoProposals.WaitingForNextCycle.Count, page.Document.QuerySelectorAll("#proposal-list > li").Length);

        var (opened, proposals, adopted) = await Factory.WithDbAsync(async db => (
            await db.Cycles.Where(c => c.IsCurrent).Select(c => c.OpenedAt).SingleAsync(),
            await db.TopicProposals.AsNoTracking().ToListAsync(),
            await db.Topics.Where(t => t.Cycle!.IsCurrent).Select(t => new { t.Id, t.Title }).ToListAsync()));
        Assert.All(proposals.Where(p => p.IsOpen), p => Assert.InRange(p.CreatedAt, opened, Now));
        var decided = proposals.Where(p => !p.IsOpen).ToList();
        Assert.Equal(DemoProposals.DecidedByOpening.Count, decided.Count);
        Assert.All(decided, p => Assert.True(p.DecidedInYear == Year && p.CreatedAt < opened));
        Assert.Equal(3, decided.Count(p => p.AdoptedTopicId is { } id && adopted.Single(t => t.Id == id).Title == p.Title));
    }

    [Fact]
    public async Task A_carried_topics_page_lists_its_2019_briefs_and_this_years_cycle()
    {
        var page = await Client.GetAsync($"/topics/{CarriedTopic}");
        var briefs2019 = await Factory.WithDbAsync(db => db.Briefs.Where(b => b.Topic!.Slug == CarriedTopic).Select(b => b.Title).ToListAsync());

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var cyclesLine = string.Join(' ', page.One("#topic-cycles")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"Cycles 2019, {Year} · current phase: {phase.DisplayName()}", cyclesLine);
        Assert.Equal(3, briefs2019.Count);
        Assert.Equal(briefs2019.Order(), page.Document.QuerySelectorAll("#topic-run-2019 .publication-series a").Select(a => a.TextContent).Order());
        Assert.NotNull(page.One($"#topic-run-{Year}"));

        var later = await Client.GetAsync($"/topics/{CarriedTopic}-{Year}");
        Assert.Equal($"/topics/{CarriedTopic}", later.Location);
    }

    [Fact]
    public async Task Demo_participants_are_sent_no_reminders_even_for_a_consultation_starting_within_a_day()
    {
        // On New Year's Day and in 2031 the clock stands hours before a demo consultation starts. (The clock is shared
        // by the class's tests, so it is not moved here.)
        var reminders = Factory.Services.GetRequiredService<RegistrationReminders>();
        Assert.Equal(0, await reminders.SendDueAsync());
        Assert.False(Directory.Exists(Factory.MailFolder) && Directory.EnumerateFiles(Factory.MailFolder).Any());

        // Nor later: no demo participant's seat, at a consultation or an event, is in a pool that sends reminders.
        var waiting = await Factory.WithDbAsync(db => db.SeatRegistrations
            .CountAsync(r => db.SeatPools.Any(p => p.Id == r.SeatPoolId && p.ReminderHours != "")
                && db.Users.Any(u => u.Id == r.UserId && u.IsDemo && u.PasswordHash == null)));
        Assert.Equal(0, waiting);
    }

    [Fact]
    public async Task Nothing_the_demo_records_as_done_lies_after_the_clock()
    {
        var today = DateOnly.FromDateTime(Now.UtcDateTime);
        await Factory.WithDbAsync(async db =>
        {
            Assert.All(await db.Cycles.ToListAsync(), c => Assert.True(c.OpenedAt <= Now && (c.ClosedAt ?? Now) <= Now));
            Assert.All(await db.CyclePhaseChanges.ToListAsync(), c => Assert.True(c.StartsOn <= today && c.RecordedAt <= Now));
            Assert.All(await db.NewsPosts.ToListAsync(), n => Assert.True(n.Date <= today && n.PublishedAt <= Now, n.Title));
            Assert.All(await db.Interviews.Where(i => i.PublishedAt != null).ToListAsync(), i => Assert.True(i.PublishedAt <= Now, i.Title));
            Assert.All(await db.Interviews.ToListAsync(), i => Assert.True(i.CreatedAt <= Now, i.Title));
            Assert.All(await db.QuestionnaireResponses.ToListAsync(), r => Assert.True(r.SubmittedAt <= Now));
            Assert.All(await db.TopicProposals.ToListAsync(), p => Assert.True(p.CreatedAt <= Now, p.Title));
        });
    }
}

public sealed class DemoStoryOn15MayTests(DemoPortalOn15May factory) : DemoStorySeedTests<DemoPortalOn15May>(factory, CyclePhase.Consultations);

public sealed class DemoStoryOnNewYearsEveTests(DemoPortalOnNewYearsEve factory) : DemoStorySeedTests<DemoPortalOnNewYearsEve>(factory, CyclePhase.Publication);

public sealed class DemoStoryOnNewYearsDayTests(DemoPortalOnNewYearsDay factory) : DemoStorySeedTests<DemoPortalOnNewYearsDay>(factory, CyclePhase.AgendaSetting)
{
    [Fact]
    public async Task The_new_cycle_has_only_its_opening_recorded()
    {
        var steps = await Factory.WithDbAsync(db => db.Cycles.Where(c => c.IsCurrent).SelectMany(c => c.PhaseChanges).ToListAsync());
        var step = Assert.Single(steps);
        Assert.Equal((CyclePhase.AgendaSetting, new DateOnly(Year, 1, 1)), (step.Phase, step.StartsOn));
    }
}

public sealed class DemoStoryIn2031Tests(DemoPortalIn2031 factory) : DemoStorySeedTests<DemoPortalIn2031>(factory, CyclePhase.Synthesis)
{
    [Fact]
    public async Task The_years_between_2019_and_today_are_left_empty_and_the_history_is_unchanged()
    {
        var cycles = await Factory.WithDbAsync(db => db.Cycles.AsNoTracking().Include(c => c.PhaseChanges).OrderBy(c => c.Year).ToListAsync());

        Assert.Equal([2018, 2019, 2031], cycles.Select(c => c.Year));
        Assert.Equal(
            [new DateOnly(2019, 1, 15), new DateOnly(2019, 4, 1), new DateOnly(2019, 9, 2), new DateOnly(2019, 11, 25)],
            cycles[1].PhaseChanges.OrderBy(c => c.StartsOn).Select(c => c.StartsOn));
        Assert.Equal(DemoStory.FinalConferenceEnd, cycles[1].ClosedAt);

        var news = await Client.GetAsync("/news");
        Assert.Equal("How to take part in this year's consultations", news.One(".news-list h2 a")!.TextContent);
        Assert.Contains(news.Document.QuerySelectorAll(".news-list h2 a"), a => a.TextContent == "ReSOMA continues inside IMISCOE");
    }
}
