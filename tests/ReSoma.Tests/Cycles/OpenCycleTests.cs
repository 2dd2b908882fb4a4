using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Cycles;

public sealed class OpenCycleTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Wizard = CycleTestData.Wizard;

    [Fact]
    public async Task Opening_a_cycle_with_nine_topics_makes_it_current_and_archives_the_previous_one()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Publication, CycleTestData.NineTopics2019);
        var proposal = await Factory.AddProposalAsync(Area.Migration, "Essential workers with temporary permits", "Farm and care work depend on **seasonal permits**.");
        var other = await Factory.AddProposalAsync(Area.Migration, "A proposal not adopted");
        var decided = await Factory.AddProposalAsync(Area.Asylum, "Decided long ago", decidedIn: 2019);
        var detention = await Factory.TopicIdAsync("Immigration detention", 2019);
        var funding = await Factory.TopicIdAsync("Local integration funding", 2019);
        var opinion = await Factory.TopicIdAsync("Public opinion", 2019);
        await Client.LoginAsRoleAsync(Roles.Admin);

        var first = await Client.GetAsync(Wizard);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("2020", first.One("#Year")!.GetAttribute("value"));
        Assert.Equal("step", first.One("#wizard-steps li.phase-current")!.GetAttribute("aria-current"));
        var topics = await Client.SubmitAsync(first, new Dictionary<string, string> { ["Go"] = "topics" }, Wizard);
        Assert.Equal(HttpStatusCode.OK, topics.Status);
        Assert.NotNull(topics.One($"#adopt-{proposal.Id}"));
        Assert.NotNull(topics.One($"#adopt-{other.Id}"));
        Assert.Null(topics.One($"#adopt-{decided.Id}"));

        var values = topics.NewTopics(Area.Migration, "Climate-induced displacement")
            .With(topics.NewTopics(Area.Asylum, "Asylum procedures at a distance", "Reception of unaccompanied children", "Solidarity after the pandemic"))
            .With(topics.NewTopics(Area.Integration, "Anti-racism and integration"))
            .With(new() { ["Go"] = "review" });
        var review = await Client.SubmitAsync(topics.Tick($"carry-{detention}", $"carry-{funding}", $"carry-{opinion}", $"adopt-{proposal.Id}"), values, Wizard);
        Assert.Equal(HttpStatusCode.OK, review.Status);
        Assert.Contains("Immigration detention", review.One("#review-migration")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["A proposal not adopted"], review.Document.QuerySelectorAll("#not-adopted li").Select(l => l.TextContent.Trim()));
        Assert.False(await Factory.WithDbAsync(db => db.Cycles.AnyAsync(c => c.Year == 2020)));

        var opened = await Client.SubmitAsync(review, new Dictionary<string, string> { ["Go"] = "open" }, Wizard);

        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        Assert.Equal("/admin/cycles/2020?done=opened", opened.Location);
        var adminPage = await Client.GetAsync(opened.Location!);
        Assert.Contains("Cycle 2020 is open", adminPage.Text, StringComparison.Ordinal);

        var state = await Factory.WithDbAsync(async db => new
        {
            Current = await db.Cycles.Where(c => c.IsCurrent).Select(c => new { c.Year, c.Phase, Topics = c.Topics.Count, Planned = c.PlannedPhases.Count }).SingleAsync(),
            Old = await db.Cycles.SingleAsync(c => c.Year == 2019),
            Change = await db.CyclePhaseChanges.SingleAsync(c => c.CycleId == db.Cycles.Single(x => x.Year == 2020).Id),
            Topics = await db.Topics.Where(t => t.Cycle!.Year == 2020).ToListAsync(),
            Proposals = await db.TopicProposals.OrderBy(p => p.Id).Select(p => new { p.Id, p.AdoptedTopicId, p.DecidedInYear }).ToListAsync(),
            AdminId = await db.Users.Where(u => u.Email == "admin@resoma.local").Select(u => u.Id).SingleAsync(),
        });
        Assert.Equal(new { Year = 2020, Phase = CyclePhase.AgendaSetting, Topics = 9, Planned = 4 }, state.Current);
        Assert.False(state.Old.IsCurrent);
        Assert.NotNull(state.Old.ClosedAt);
        Assert.Equal(CyclePhase.AgendaSetting, state.Change.Phase);
        Assert.Equal(CycleTestData.Today, state.Change.StartsOn);
        Assert.Equal("Demo Admin", state.Change.RecordedByName);
        Assert.Equal(state.AdminId, state.Change.RecordedByUserId);
        Assert.Equal([3, 3, 3], AreaNames.All.Select(a => state.Topics.Count(t => t.Area == a)));

        var carried = state.Topics.Single(t => t.Title == "Immigration detention");
        Assert.Equal(("immigration-detention-2020", detention), (carried.Slug, carried.FirstEntryId));
        Assert.Equal("About **Immigration detention**.", carried.Summary);
        var adopted = state.Topics.Single(t => t.Title == "Essential workers with temporary permits");
        Assert.Equal(TopicOrigin.LocalNeed, adopted.Origin);
        Assert.Null(adopted.FirstEntryId);
        Assert.Equal("Farm and care work depend on **seasonal permits**.", adopted.Summary);
        Assert.Equal(
            [new { proposal.Id, AdoptedTopicId = (int?)adopted.Id, DecidedInYear = (int?)2020 }, new { other.Id, AdoptedTopicId = (int?)null, DecidedInYear = (int?)2020 }, new { decided.Id, AdoptedTopicId = (int?)null, DecidedInYear = (int?)2019 }],
            state.Proposals);
        var created = state.Topics.Single(t => t.Title == "Reception of unaccompanied children");
        Assert.Equal(("reception-of-unaccompanied-children", TopicOrigin.LocalNeed), (created.Slug, created.Origin));

        var archive = await Client.GetAsync("/cycles/2019");
        Assert.Equal(HttpStatusCode.OK, archive.Status);
        Assert.Equal("Archive", archive.One("#cycle-status")!.TextContent.Trim());
        Assert.Equal(9, archive.Document.QuerySelectorAll(".topic-list li").Length);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/topics/immigration-detention")).Status);

        var current = await Client.GetAsync("/cycles/2020");
        Assert.Equal(HttpStatusCode.OK, current.Status);
        Assert.Contains("Current", current.One("#cycle-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(9, current.Document.QuerySelectorAll(".topic-list li").Length);
        Assert.Equal("/topics/immigration-detention", current.Document.QuerySelectorAll(".topic-list a").Single(a => a.TextContent == "Immigration detention").GetAttribute("href"));
        var moved = await Client.GetAsync("/topics/immigration-detention-2020");
        Assert.Equal((HttpStatusCode.MovedPermanently, "/topics/immigration-detention"), (moved.Status, moved.Location));

        var list = await Client.GetAsync("/admin/cycles");
        Assert.Equal(["cycle-2020", "cycle-2019"], list.Document.QuerySelectorAll("tbody tr").Select(r => r.Id));
        Assert.Contains("Archive", list.One("#cycle-2019")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Going_back_keeps_everything_typed_in_every_step()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Publication, CycleTestData.NineTopics2019);
        var proposal = await Factory.AddProposalAsync(Area.Asylum, "Kept when going back");
        var detention = await Factory.TopicIdAsync("Immigration detention", 2019);
        await Client.LoginAsRoleAsync(Roles.Admin);
        var topics = await Client.WizardTopicsAsync(new()
        {
            ["Year"] = "2021", ["AgendaSettingOn"] = "2021-01-04", ["ConsultationsOn"] = "2021-03-02", ["SynthesisOn"] = "2021-06-01", ["PublicationOn"] = "2021-09-01",
        });
        var values = topics.NewTopics(Area.Integration, "Typed before going back").With(new() { ["Go"] = "review", ["OpenAnyway"] = "true" });
        var review = await Client.SubmitAsync(topics.Tick($"carry-{detention}", $"adopt-{proposal.Id}"), values, Wizard);
        Assert.NotNull(review.One("#open-cycle-review"));

        var dates = await Client.SubmitAsync(review, new Dictionary<string, string> { ["Go"] = "dates" }, Wizard);
        Assert.Equal(HttpStatusCode.OK, dates.Status);
        Assert.Equal(("2021", "2021-03-02"), (dates.One("#Year")!.GetAttribute("value"), dates.One("#ConsultationsOn")!.GetAttribute("value")));
        var again = await Client.SubmitAsync(dates, new Dictionary<string, string> { ["Go"] = "topics" }, Wizard);

        Assert.NotNull(again.One($"#carry-{detention}[checked]"));
        Assert.NotNull(again.One($"#adopt-{proposal.Id}[checked]"));
        Assert.NotNull(again.One("input[value='Typed before going back']"));
        Assert.NotNull(again.One("#OpenAnyway[checked]"));
        Assert.False(await Factory.WithDbAsync(db => db.Cycles.AnyAsync(c => c.Year == 2021)));
    }

    [Fact]
    public async Task Phases_are_planned_in_order_and_shown_on_the_public_timeline()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var refused = await Client.WizardTopicsAsync(new()
        {
            ["Year"] = "2027", ["AgendaSettingOn"] = "2026-12-01", ["ConsultationsOn"] = "2026-11-01", ["SynthesisOn"] = "2027-06-01", ["PublicationOn"] = "2030-01-10",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.NotNull(refused.One("#open-cycle-dates"));
        Assert.Contains("Consultations is planned for 1 November 2026, which is not after Agenda setting (1 December 2026): phases follow one another.", refused.Errors);
        Assert.Contains(refused.Errors, e => e.StartsWith("Publication is planned for 10 January 2030: a 2027 cycle's phases start between 2026 and 2028.", StringComparison.Ordinal));
        Assert.Equal("true", refused.One("#ConsultationsOn")!.GetAttribute("aria-invalid"));

        var opened = await Client.OpenCycleAsync(fill: page => page.NewTopics(Area.Migration, "M1").With(new() { ["OpenAnyway"] = "true" }), dates: new()
        {
            ["Year"] = "2027", ["AgendaSettingOn"] = "2026-12-01", ["ConsultationsOn"] = "2027-03-01", ["SynthesisOn"] = "2027-06-01", ["PublicationOn"] = "2027-10-15",
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.Status);

        var timeline = await Client.GetAsync("/cycles/2027");
        Assert.Equal("Planned to start 1 March 2027", timeline.One("#timeline-consultations .planned")!.TextContent.Trim());
        Assert.Equal("Planned for 1 December 2026", timeline.One("#timeline-agendasetting .planned")!.TextContent.Trim());
        Assert.StartsWith("Started ", timeline.One("#timeline-agendasetting .actual")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(timeline.One("#timeline-consultations .actual"));
        Assert.Equal("step", timeline.One("#timeline-agendasetting")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_plan_of_the_current_cycle_can_change_and_an_archived_plan_cannot()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var plan = new Dictionary<string, string>
        {
            ["Year"] = "2027", ["AgendaSettingOn"] = "2026-12-01", ["ConsultationsOn"] = "2027-03-01", ["SynthesisOn"] = "2027-06-01", ["PublicationOn"] = "2027-10-15",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await Client.OpenCycleAsync(fill: page => page.NewTopics(Area.Migration, "M1").With(new() { ["OpenAnyway"] = "true" }), dates: plan)).Status);
        var admin = await Client.GetAsync("/admin/cycles/2027");
        Assert.Equal("2027-03-01", admin.One("#plan-ConsultationsOn")!.GetAttribute("value"));

        var refused = await Client.SubmitAsync(admin, new Dictionary<string, string> { ["SynthesisOn"] = "2027-02-01" }, "/admin/cycles/2027/plan");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Synthesis is planned for 1 February 2027, which is not after Consultations (1 March 2027): phases follow one another.", refused.Errors);
        Assert.Equal("2027-02-01", refused.One("#plan-SynthesisOn")!.GetAttribute("value"));

        var saved = await Client.SubmitAsync(admin, new Dictionary<string, string> { ["ConsultationsOn"] = "2027-04-12" }, "/admin/cycles/2027/plan");
        Assert.Equal((HttpStatusCode.Redirect, "/admin/cycles/2027?done=planned"), (saved.Status, saved.Location));
        Assert.Equal("Planned to start 12 April 2027", (await Client.GetAsync("/cycles/2027")).One("#timeline-consultations .planned")!.TextContent.Trim());
        Assert.Equal(1, await Factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.CyclePlanned)));

        await Factory.AddCycleAsync(2019, current: false, CyclePhase.Publication);
        var archived = await Client.PostWithTokenAsync("/admin/cycles/2019/plan", new Dictionary<string, string>
        {
            ["AgendaSettingOn"] = "2019-01-10", ["ConsultationsOn"] = "2019-03-01", ["SynthesisOn"] = "2019-06-01", ["PublicationOn"] = "2019-09-01",
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, archived.Status);
        Assert.Contains("Cycle 2019 is archived: its plan is part of the record and no longer changes.", archived.Errors);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.PlannedPhases.CountAsync(p => p.CycleId == db.Cycles.Single(c => c.Year == 2019).Id)));
    }

    [Fact]
    public async Task Running_consultations_move_with_their_carried_topic_and_the_others_stay()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Publication, CycleTestData.NineTopics2019);
        var detention = await Factory.TopicIdAsync("Immigration detention", 2019);
        var opinion = await Factory.TopicIdAsync("Public opinion", 2019);
        var running = await Factory.AddConsultationAsync(new NewConsultation("Detention consultation still running"));
        var over = await Factory.AddConsultationAsync(new NewConsultation("Detention consultation over") { StartsIn = TimeSpan.FromDays(-20), DeadlineIn = TimeSpan.FromDays(-25) });
        var staying = await Factory.AddConsultationAsync(new NewConsultation("Opinion consultation still running"));
        await Factory.WithDbAsync(async db =>
        {
            await db.Consultations.Where(c => c.Id == running.Id || c.Id == over.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.TopicId, detention));
            await db.Consultations.Where(c => c.Id == staying.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.TopicId, opinion));
        });
        await Client.LoginAsRoleAsync(Roles.Admin);
        var topics = await Client.WizardTopicsAsync();
        Assert.Contains("Detention consultation still running", topics.One($"#carry-{detention}")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var review = await Client.SubmitAsync(topics.Tick($"carry-{detention}"), new Dictionary<string, string> { ["Go"] = "review", ["OpenAnyway"] = "true" }, Wizard);
        Assert.Equal(["Detention consultation still running"], review.Document.QuerySelectorAll("#consultations-moving li").Select(l => l.TextContent.Trim()));
        Assert.Equal(["Opinion consultation still running"], review.Document.QuerySelectorAll("#consultations-staying li").Select(l => l.TextContent.Trim()));

        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(review, new Dictionary<string, string> { ["Go"] = "open" }, Wizard)).Status);

        var cycles = await Factory.WithDbAsync(db => db.Consultations.OrderBy(c => c.Id).Select(c => c.Topic!.Cycle!.Year).ToListAsync());
        Assert.Equal([2020, 2019, 2019], cycles);
        var page = await Client.GetAsync("/topics/immigration-detention");
        Assert.Contains("Detention consultation still running", page.One("#topic-run-2020")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Detention consultation over", page.One("#topic-run-2019")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_portal_without_a_cycle_opens_its_first_one()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var wizard = await Client.WizardTopicsAsync(new() { ["Year"] = "2026" });
        Assert.Contains("No migration topic to carry over", wizard.Text, StringComparison.Ordinal);

        var opened = await Client.OpenCycleAsync(fill: page => page.NewTopics(Area.Migration, "M1", "M2", "M3")
            .With(page.NewTopics(Area.Asylum, "A1", "A2", "A3"))
            .With(page.NewTopics(Area.Integration, "I1", "I2", "I3")), dates: new() { ["Year"] = "2026" });

        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        Assert.Equal(9, await Factory.WithDbAsync(db => db.Topics.CountAsync(t => t.Cycle!.Year == 2026 && t.Cycle.IsCurrent)));
    }

    [Theory]
    [InlineData(2, 4)]
    [InlineData(4, 2)]
    public async Task An_area_with_two_or_four_topics_is_warned_about_until_the_admin_confirms(int migration, int asylum)
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Publication, CycleTestData.NineTopics2019);
        await Client.LoginAsRoleAsync(Roles.Admin);
        var warned = await Client.OpenCycleAsync(fill: wizard => wizard.NewTopics(Area.Migration, new[] { "M1", "M2", "M3", "M4" }[..migration])
            .With(wizard.NewTopics(Area.Asylum, new[] { "A1", "A2", "A3", "A4" }[..asylum]))
            .With(wizard.NewTopics(Area.Integration, "I1", "I2", "I3")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, warned.Status);
        var warning = warned.One("#count-warning")!.TextContent;
        Assert.Contains($"Migration: {migration} topics", warning, StringComparison.Ordinal);
        Assert.Contains($"Asylum: {asylum} topics", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("Integration:", warning, StringComparison.Ordinal);
        Assert.Contains(warned.Errors, e => e.Contains("Tick “Open anyway”", StringComparison.Ordinal));
        Assert.NotNull(warned.One("#OpenAnyway:not([checked])"));
        Assert.Equal("M1", warned.One("input[value='M1']")?.GetAttribute("value"));
        Assert.False(await Factory.WithDbAsync(db => db.Cycles.AnyAsync(c => c.Year == 2020)));

        var review = await Client.SubmitAsync(warned, new Dictionary<string, string> { ["OpenAnyway"] = "true", ["Go"] = "review" }, Wizard);
        var opened = await Client.SubmitAsync(review, new Dictionary<string, string> { ["Go"] = "open" }, Wizard);

        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        Assert.Equal(migration + asylum + 3, await Factory.WithDbAsync(db => db.Topics.CountAsync(t => t.Cycle!.Year == 2020)));
    }

    [Theory]
    [InlineData("2019", "The 2019 cycle already exists")]
    [InlineData("2018", "The 2018 cycle already exists")]
    [InlineData("2017", "The current cycle is 2019: a new cycle must come after it")]
    [InlineData("1999", "1999 is not a year for a cycle")]
    [InlineData("20200", "20200 is not a year for a cycle")]
    [InlineData("", "Give the year of the new cycle.")]
    public async Task A_year_that_has_a_cycle_or_makes_no_sense_is_refused(string year, string message)
    {
        await Factory.AddCycleAsync(2018, current: false, CyclePhase.Publication);
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Consultations, CycleTestData.NineTopics2019);
        await Client.LoginAsRoleAsync(Roles.Admin);
        var refused = await Client.WizardTopicsAsync(new() { ["Year"] = year });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(refused.Errors, e => e.Contains(message, StringComparison.Ordinal));
        Assert.Equal(year, refused.One("#Year")!.GetAttribute("value") ?? "");
        Assert.Equal(2, await Factory.WithDbAsync(db => db.Cycles.CountAsync()));
        Assert.Equal([2019], await Factory.WithDbAsync(db => db.Cycles.Where(c => c.IsCurrent).Select(c => c.Year).ToListAsync()));
    }

    [Fact]
    public async Task The_last_sensible_year_is_next_year_plus_five()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var last = DateTime.UtcNow.Year + 6;
        var plan = new Dictionary<string, string>
        {
            ["AgendaSettingOn"] = $"{last}-01-10", ["ConsultationsOn"] = $"{last}-03-01", ["SynthesisOn"] = $"{last}-06-01", ["PublicationOn"] = $"{last}-09-01",
        };
        Dictionary<string, string> Fill(Page page) => page.NewTopics(Area.Migration, "M1").With(new() { ["OpenAnyway"] = "true" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Client.OpenCycleAsync(fill: Fill, dates: new Dictionary<string, string>(plan) { ["Year"] = $"{last + 1}" })).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.OpenCycleAsync(fill: Fill, dates: new Dictionary<string, string>(plan) { ["Year"] = $"{last}" })).Status);
    }

    [Fact]
    public async Task Rows_are_validated_and_kept_when_the_form_comes_back()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var refused = await Client.OpenCycleAsync(fill: wizard =>
        {
            var rows = wizard.NewTopics(Area.Asylum, "No origin", "Too long", "Summary only");
            rows[rows.Keys.First(k => k.EndsWith(".Origin", StringComparison.Ordinal))] = "";
            rows[rows.Keys.Single(k => rows[k] == "Too long")] = new string('x', 201);
            rows[rows.Keys.Single(k => rows[k] == "Summary only")] = "";
            return rows.With(new() { ["OpenAnyway"] = "true" });
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Choose where “No origin” comes from: the EU agenda or a local or national need.", refused.Errors);
        Assert.Contains("A topic title can be at most 200 characters.", refused.Errors);
        Assert.Contains("A new asylum topic has a summary but no title: give it a title, or clear the summary.", refused.Errors);
        Assert.NotNull(refused.One("input[value='No origin']"));
        Assert.Equal(12, refused.Document.QuerySelectorAll("input[name$='.Title']").Length);
        Assert.False(await Factory.WithDbAsync(db => db.Cycles.AnyAsync()));
    }

    [Fact]
    public async Task A_row_posted_without_its_area_is_refused()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var refused = await Client.PostWithTokenAsync(Wizard, new Dictionary<string, string>
        {
            ["Year"] = "2020", ["NewTopics[0].Title"] = "Nowhere", ["NewTopics[0].Origin"] = "EuAgenda", ["OpenAnyway"] = "true",
            ["AgendaSettingOn"] = "2020-01-10", ["ConsultationsOn"] = "2020-03-01", ["SynthesisOn"] = "2020-06-01", ["PublicationOn"] = "2020-09-01", ["Go"] = "open",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("“Nowhere” has no area; open the form again and type it in an area's row.", refused.Errors);
        Assert.False(await Factory.WithDbAsync(db => db.Cycles.AnyAsync()));
    }

    [Fact]
    public async Task Admins_opening_the_same_year_at_once_get_one_cycle_and_no_error_page()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Publication, CycleTestData.NineTopics2019);
        var admins = new List<PortalClient>();
        for (var i = 0; i < 6; i++)
        {
            var admin = NewClient();
            await admin.LoginAsRoleAsync(Roles.Admin);
            admins.Add(admin);
        }

        var reviews = new List<Page>();
        foreach (var admin in admins)
        {
            var topics = await admin.WizardTopicsAsync();
            reviews.Add(await admin.SubmitAsync(topics, topics.NewTopics(Area.Migration, "M1").With(new() { ["OpenAnyway"] = "true", ["Go"] = "review" }), Wizard));
        }

        var answers = await Task.WhenAll(admins.Select((a, i) => a.SubmitAsync(reviews[i], new Dictionary<string, string> { ["Go"] = "open" }, Wizard)));

        Assert.Single(answers, a => a.Status == HttpStatusCode.Redirect);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.Redirect), a => Assert.Equal(HttpStatusCode.UnprocessableEntity, a.Status));
        Assert.Equal([2020], await Factory.WithDbAsync(db => db.Cycles.Where(c => c.IsCurrent).Select(c => c.Year).ToListAsync()));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Topics.CountAsync(t => t.Cycle!.Year == 2020)));
    }

    [Fact]
    public async Task An_empty_cycle_is_refused()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var refused = await Client.OpenCycleAsync(fill: _ => new() { ["OpenAnyway"] = "true" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(refused.Errors, e => e.StartsWith("Choose the topics of the new cycle", StringComparison.Ordinal));
        Assert.False(await Factory.WithDbAsync(db => db.Cycles.AnyAsync()));
    }

    [Fact]
    public async Task Tampered_choices_are_refused_and_nothing_changes()
    {
        await Factory.AddCycleAsync(2018, current: false, CyclePhase.Publication, ("Old archived topic", Area.Asylum));
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Publication, CycleTestData.NineTopics2019);
        var later = await Factory.AddProposalAsync(Area.Asylum, "Decided by 2019", decidedIn: 2019);
        var archived = await Factory.TopicIdAsync("Old archived topic", 2018);
        await Client.LoginAsRoleAsync(Roles.Admin);
        var token = await Client.TokenAsync(Wizard);

        var refused = await Client.PostAsync(Wizard, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Year"] = "2020", ["Go"] = "open",
            ["AgendaSettingOn"] = "2020-01-10", ["ConsultationsOn"] = "2020-03-01", ["SynthesisOn"] = "2020-06-01", ["PublicationOn"] = "2020-09-01",
            ["CarryOver"] = archived.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Adopt"] = later.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OpenAnyway"] = "true",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(refused.Errors, e => e.StartsWith("Only topics of the current cycle can be carried over", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.StartsWith("Only open proposals can be adopted", StringComparison.Ordinal));
        Assert.False(await Factory.WithDbAsync(db => db.Cycles.AnyAsync(c => c.Year == 2020)));
    }

    [Fact]
    public async Task New_topics_get_unique_slugs_even_when_titles_repeat()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Publication, CycleTestData.NineTopics2019);
        await Client.LoginAsRoleAsync(Roles.Admin);
        var carry = await Factory.TopicIdAsync("Secondary movements", 2019);
        var opened = await Client.OpenCycleAsync([$"carry-{carry}"], wizard => wizard.NewTopics(Area.Asylum, "Secondary movements", "Secondary movements")
            .With(wizard.NewTopics(Area.Migration, "Immigration detention"))
            .With(new() { ["OpenAnyway"] = "true" }));

        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        var slugs = await Factory.WithDbAsync(db => db.Topics.Where(t => t.Cycle!.Year == 2020).Select(t => t.Slug).OrderBy(s => s).ToListAsync());
        Assert.Equal(["immigration-detention-2020", "secondary-movements-2020", "secondary-movements-2020-2", "secondary-movements-2020-3"], slugs);
    }

    [Fact]
    public async Task A_topic_carried_over_twice_keeps_one_year_in_its_address()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Publication, ("Detention", Area.Migration));
        var first = await Factory.TopicIdAsync("Detention", 2019);
        await Client.LoginAsRoleAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.OpenCycleAsync([$"carry-{first}"], _ => new() { ["OpenAnyway"] = "true" }, new() { ["Year"] = "2020" })).Status);
        var second = await Factory.TopicIdAsync("Detention", 2020);

        var opened = await Client.OpenCycleAsync([$"carry-{second}"], _ => new() { ["OpenAnyway"] = "true" }, new() { ["Year"] = "2021" });

        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        var entries = await Factory.WithDbAsync(db => db.Topics.OrderBy(t => t.Cycle!.Year).Select(t => new { t.Slug, t.FirstEntryId }).ToListAsync());
        Assert.Equal([new { Slug = "detention", FirstEntryId = (int?)null }, new { Slug = "detention-2020", FirstEntryId = (int?)first }, new { Slug = "detention-2021", FirstEntryId = (int?)first }], entries);
    }

    [Fact]
    public async Task Admin_pages_answer_404_for_an_unknown_year()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/admin/cycles")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/admin/cycles/1")).Status);
        var post = await Client.PostWithTokenAsync("/admin/cycles/1/phase", new Dictionary<string, string> { ["Phase"] = "Consultations", ["StartsOn"] = "2020-01-01" });
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
    }
}
