using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Cycles;

public sealed class OpenCycleTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Wizard = "/admin/cycles/new";

    [Fact]
    public async Task Opening_a_cycle_with_nine_topics_makes_it_current_and_archives_the_previous_one()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Publication, CycleTestData.NineTopics2019);
        var proposal = await Factory.AddProposalAsync(2020, Area.Migration, "Essential workers with temporary permits", "Farm and care work depend on **seasonal permits**.");
        await Factory.AddProposalAsync(2021, Area.Migration, "A proposal for a later year");
        var detention = await Factory.TopicIdAsync("Immigration detention", 2019);
        var funding = await Factory.TopicIdAsync("Local integration funding", 2019);
        var opinion = await Factory.TopicIdAsync("Public opinion", 2019);
        await Client.LoginAsRoleAsync(Roles.Admin);

        var wizard = await Client.GetAsync(Wizard);
        Assert.Equal(HttpStatusCode.OK, wizard.Status);
        Assert.Equal("2020", wizard.One("#Year")!.GetAttribute("value"));
        Assert.NotNull(wizard.One($"#adopt-{proposal.Id}"));
        Assert.DoesNotContain("A proposal for a later year", wizard.Text, StringComparison.Ordinal);
        Assert.Contains("Show the form for 2021", wizard.Text, StringComparison.Ordinal);

        var values = wizard.NewTopics(Area.Migration, "Climate-induced displacement")
            .With(wizard.NewTopics(Area.Asylum, "Asylum procedures at a distance", "Reception of unaccompanied children", "Solidarity after the pandemic"))
            .With(wizard.NewTopics(Area.Integration, "Anti-racism and integration"));
        var opened = await Client.SubmitAsync(wizard.Tick($"carry-{detention}", $"carry-{funding}", $"carry-{opinion}", $"adopt-{proposal.Id}"), values, Wizard);

        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        Assert.Equal("/admin/cycles/2020?done=opened", opened.Location);
        var adminPage = await Client.GetAsync(opened.Location!);
        Assert.Contains("Cycle 2020 is open", adminPage.Text, StringComparison.Ordinal);

        var state = await Factory.WithDbAsync(async db => new
        {
            Current = await db.Cycles.Where(c => c.IsCurrent).Select(c => new { c.Year, c.Phase, Topics = c.Topics.Count }).SingleAsync(),
            Old = await db.Cycles.SingleAsync(c => c.Year == 2019),
            Change = await db.CyclePhaseChanges.SingleAsync(c => c.CycleId == db.Cycles.Single(x => x.Year == 2020).Id),
            Topics = await db.Topics.Where(t => t.Cycle!.Year == 2020).ToListAsync(),
            Adopted = await db.TopicProposals.Where(p => p.Id == proposal.Id).Select(p => p.AdoptedTopicId).SingleAsync(),
            AdminId = await db.Users.Where(u => u.Email == "admin@resoma.local").Select(u => u.Id).SingleAsync(),
        });
        Assert.Equal(new { Year = 2020, Phase = CyclePhase.AgendaSetting, Topics = 9 }, state.Current);
        Assert.False(state.Old.IsCurrent);
        Assert.NotNull(state.Old.ClosedAt);
        Assert.Equal(CyclePhase.AgendaSetting, state.Change.Phase);
        Assert.Equal(CycleTestData.Today, state.Change.StartsOn);
        Assert.Equal("Demo Admin", state.Change.RecordedByName);
        Assert.Equal(state.AdminId, state.Change.RecordedByUserId);
        Assert.Equal([3, 3, 3], AreaNames.All.Select(a => state.Topics.Count(t => t.Area == a)));

        var carried = state.Topics.Single(t => t.Title == "Immigration detention");
        Assert.Equal("immigration-detention-2020", carried.Slug);
        Assert.Equal("About **Immigration detention**.", carried.Summary);
        var adopted = state.Topics.Single(t => t.Title == "Essential workers with temporary permits");
        Assert.Equal(adopted.Id, state.Adopted);
        Assert.Equal(TopicOrigin.LocalNeed, adopted.Origin);
        Assert.Equal("Farm and care work depend on **seasonal permits**.", adopted.Summary);
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
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/topics/immigration-detention-2020")).Status);

        var list = await Client.GetAsync("/admin/cycles");
        Assert.Equal(["cycle-2020", "cycle-2019"], list.Document.QuerySelectorAll("tbody tr").Select(r => r.Id));
        Assert.Contains("Archive", list.One("#cycle-2019")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_portal_without_a_cycle_opens_its_first_one()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var wizard = await Client.GetAsync(Wizard);
        Assert.Contains("No migration topic to carry over", wizard.Text, StringComparison.Ordinal);
        var values = new Dictionary<string, string> { ["Year"] = "2026" }
            .With(wizard.NewTopics(Area.Migration, "M1", "M2", "M3"))
            .With(wizard.NewTopics(Area.Asylum, "A1", "A2", "A3"))
            .With(wizard.NewTopics(Area.Integration, "I1", "I2", "I3"));

        var opened = await Client.SubmitAsync(wizard, values, Wizard);

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
        var wizard = await Client.GetAsync(Wizard);
        var values = wizard.NewTopics(Area.Migration, new[] { "M1", "M2", "M3", "M4" }[..migration])
            .With(wizard.NewTopics(Area.Asylum, new[] { "A1", "A2", "A3", "A4" }[..asylum]))
            .With(wizard.NewTopics(Area.Integration, "I1", "I2", "I3"));

        var warned = await Client.SubmitAsync(wizard, values, Wizard);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, warned.Status);
        var warning = warned.One("#count-warning")!.TextContent;
        Assert.Contains($"Migration: {migration} topics", warning, StringComparison.Ordinal);
        Assert.Contains($"Asylum: {asylum} topics", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("Integration:", warning, StringComparison.Ordinal);
        Assert.Contains(warned.Errors, e => e.Contains("Tick “Open anyway”", StringComparison.Ordinal));
        Assert.NotNull(warned.One("#OpenAnyway:not([checked])"));
        Assert.Equal("M1", warned.One("input[value='M1']")?.GetAttribute("value"));
        Assert.False(await Factory.WithDbAsync(db => db.Cycles.AnyAsync(c => c.Year == 2020)));

        var opened = await Client.SubmitAsync(warned, new Dictionary<string, string> { ["OpenAnyway"] = "true" }, Wizard);

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
        var wizard = await Client.GetAsync(Wizard);
        var values = new Dictionary<string, string> { ["Year"] = year, ["OpenAnyway"] = "true" }.With(wizard.NewTopics(Area.Migration, "M1"));

        var refused = await Client.SubmitAsync(wizard, values, Wizard);

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
        var wizard = await Client.GetAsync(Wizard);
        var last = DateTime.UtcNow.Year + 6;
        var values = new Dictionary<string, string> { ["Year"] = (last + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ["OpenAnyway"] = "true" }
            .With(wizard.NewTopics(Area.Migration, "M1"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await Client.SubmitAsync(wizard, values, Wizard)).Status);
        values["Year"] = last.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(wizard, values, Wizard)).Status);
    }

    [Fact]
    public async Task Rows_are_validated_and_kept_when_the_form_comes_back()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var wizard = await Client.GetAsync(Wizard);
        var rows = wizard.NewTopics(Area.Asylum, "No origin", "Too long", "Summary only");
        rows[rows.Keys.First(k => k.EndsWith(".Origin", StringComparison.Ordinal))] = "";
        rows[rows.Keys.Single(k => rows[k] == "Too long")] = new string('x', 201);
        rows[rows.Keys.Single(k => rows[k] == "Summary only")] = "";

        var refused = await Client.SubmitAsync(wizard, rows.With(new() { ["OpenAnyway"] = "true" }), Wizard);

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

        var forms = await Task.WhenAll(admins.Select(a => a.GetAsync(Wizard)));
        var values = forms[0].NewTopics(Area.Migration, "M1").With(new() { ["OpenAnyway"] = "true" });
        var answers = await Task.WhenAll(admins.Select((a, i) => a.SubmitAsync(forms[i], values, Wizard)));

        Assert.Single(answers, a => a.Status == HttpStatusCode.Redirect);
        Assert.All(answers.Where(a => a.Status != HttpStatusCode.Redirect), a => Assert.Equal(HttpStatusCode.UnprocessableEntity, a.Status));
        Assert.Equal([2020], await Factory.WithDbAsync(db => db.Cycles.Where(c => c.IsCurrent).Select(c => c.Year).ToListAsync()));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.Topics.CountAsync(t => t.Cycle!.Year == 2020)));
    }

    [Fact]
    public async Task An_empty_cycle_is_refused()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var refused = await Client.SubmitAsync(Wizard, new Dictionary<string, string> { ["OpenAnyway"] = "true" }, Wizard);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(refused.Errors, e => e.StartsWith("Choose the topics of the new cycle", StringComparison.Ordinal));
        Assert.False(await Factory.WithDbAsync(db => db.Cycles.AnyAsync()));
    }

    [Fact]
    public async Task Tampered_choices_are_refused_and_nothing_changes()
    {
        await Factory.AddCycleAsync(2018, current: false, CyclePhase.Publication, ("Old archived topic", Area.Asylum));
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Publication, CycleTestData.NineTopics2019);
        var later = await Factory.AddProposalAsync(2021, Area.Asylum, "For another year");
        var archived = await Factory.TopicIdAsync("Old archived topic", 2018);
        await Client.LoginAsRoleAsync(Roles.Admin);
        var token = await Client.TokenAsync(Wizard);

        var refused = await Client.PostAsync(Wizard, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Year"] = "2020",
            ["CarryOver"] = archived.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Adopt"] = later.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OpenAnyway"] = "true",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(refused.Errors, e => e.StartsWith("Only topics of the current cycle can be carried over", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.StartsWith("Only proposals made for 2020 can be adopted", StringComparison.Ordinal));
        Assert.False(await Factory.WithDbAsync(db => db.Cycles.AnyAsync(c => c.Year == 2020)));
    }

    [Fact]
    public async Task A_proposal_is_adopted_once()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Publication, CycleTestData.NineTopics2019);
        var proposal = await Factory.AddProposalAsync(2020, Area.Asylum, "Adopted elsewhere");
        await Factory.WithDbAsync(async db =>
        {
            var topic = await db.Topics.FirstAsync();
            (await db.TopicProposals.SingleAsync(p => p.Id == proposal.Id)).AdoptedTopicId = topic.Id;
            await db.SaveChangesAsync();
        });
        await Client.LoginAsRoleAsync(Roles.Admin);
        var wizard = await Client.GetAsync(Wizard);
        Assert.Null(wizard.One($"#adopt-{proposal.Id}"));
        Assert.Contains("Already adopted", wizard.Text, StringComparison.Ordinal);

        var refused = await Client.PostAsync(Wizard, new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await Client.TokenAsync(Wizard),
            ["Year"] = "2020",
            ["Adopt"] = proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["OpenAnyway"] = "true",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("The proposal “Adopted elsewhere” has already been adopted as a topic.", refused.Errors);
    }

    [Fact]
    public async Task New_topics_get_unique_slugs_even_when_titles_repeat()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Publication, CycleTestData.NineTopics2019);
        await Client.LoginAsRoleAsync(Roles.Admin);
        var wizard = await Client.GetAsync(Wizard);
        var carry = await Factory.TopicIdAsync("Secondary movements", 2019);
        var values = wizard.NewTopics(Area.Asylum, "Secondary movements", "Secondary movements")
            .With(wizard.NewTopics(Area.Migration, "Immigration detention"))
            .With(new() { ["OpenAnyway"] = "true" });

        var opened = await Client.SubmitAsync(wizard.Tick($"carry-{carry}"), values, Wizard);

        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        var slugs = await Factory.WithDbAsync(db => db.Topics.Where(t => t.Cycle!.Year == 2020).Select(t => t.Slug).OrderBy(s => s).ToListAsync());
        Assert.Equal(["immigration-detention-2020", "secondary-movements-2020", "secondary-movements-2020-2", "secondary-movements-2020-3"], slugs);
    }

    [Fact]
    public async Task A_topic_carried_over_twice_keeps_one_year_in_its_address()
    {
        await Factory.AddCycleAsync(2020, current: true, CyclePhase.Publication, ("Detention 2020", Area.Migration));
        var topic = await Factory.TopicIdAsync("Detention 2020", 2020);
        Assert.Equal("detention-2020", await Factory.WithDbAsync(db => db.Topics.Where(t => t.Id == topic).Select(t => t.Slug).SingleAsync()));
        await Client.LoginAsRoleAsync(Roles.Admin);
        var wizard = await Client.GetAsync(Wizard);

        var opened = await Client.SubmitAsync(wizard.Tick($"carry-{topic}"), new Dictionary<string, string> { ["OpenAnyway"] = "true" }, Wizard);

        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        Assert.Equal(["detention-2021"], await Factory.WithDbAsync(db => db.Topics.Where(t => t.Cycle!.Year == 2021).Select(t => t.Slug).ToListAsync()));
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
