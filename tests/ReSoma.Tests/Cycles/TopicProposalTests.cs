using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Cycles;

public sealed class TopicProposalTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static readonly Dictionary<string, string> Proposal = new()
    {
        ["Area"] = nameof(Area.Integration),
        ["Title"] = "Anti-racism in integration policy",
        ["Rationale"] = "Discrimination in **housing and work** is rarely measured. <script>alert(1)</script>",
    };

    private const string Next = "/cycles/next/proposals";

    [Fact]
    public async Task A_stakeholder_proposes_a_topic_for_the_next_cycle_and_everyone_can_read_it()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Consultations);
        await Client.LoginAsRoleAsync(Roles.Researcher);

        var proposed = await Client.SubmitAsync(Next, Proposal, Next);

        Assert.Equal(HttpStatusCode.Redirect, proposed.Status);
        var saved = await Factory.WithDbAsync(db => db.TopicProposals.SingleAsync());
        Assert.Equal($"{Next}?done=proposed#proposal-{saved.Id}", proposed.Location);
        Assert.Equal(((int?)null, Area.Integration, "Anti-racism in integration policy", "Demo Researcher"), (saved.DecidedInYear, saved.Area, saved.Title, saved.ProposedByName));
        Assert.Equal(await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == "researcher@resoma.local").Select(u => u.Id).SingleAsync()), saved.ProposedByUserId);
        Assert.Contains("your proposal is listed below", (await Client.GetAsync(proposed.Location!)).Text, StringComparison.Ordinal);

        var page = await NewClient().GetAsync(Next);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Topic proposals for the next cycle", page.One("h1")!.TextContent);
        var item = page.One($"#proposal-{saved.Id}")!;
        Assert.Equal("Anti-racism in integration policy", item.QuerySelector("h3")!.TextContent);
        Assert.Equal("Demo Researcher", item.QuerySelector(".proposed-by")!.TextContent);
        Assert.Equal("housing and work", item.QuerySelector(".prose strong")!.TextContent);
        Assert.Null(item.QuerySelector("script"));
        Assert.Contains("<script>alert(1)</script>", item.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.One("#login-to-propose a[href='/account/login?returnUrl=%2Fcycles%2Fnext%2Fproposals']"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_asked_to_log_in_and_their_post_goes_to_the_login_page()
    {
        var page = await Client.GetAsync(Next);
        Assert.Contains("Log in to propose a topic", page.One("#login-to-propose")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.One($"form[action='{Next}']"));

        var post = await Client.PostWithTokenAsync(Next, Proposal);

        Assert.Equal(HttpStatusCode.Redirect, post.Status);
        Assert.Contains("/account/login", post.Location, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.TopicProposals.CountAsync()));
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Admin)]
    public async Task Accounts_that_are_not_stakeholders_cannot_propose(string role)
    {
        await Client.LoginAsRoleAsync(role);
        var page = await Client.GetAsync(Next);
        Assert.NotNull(page.One("#stakeholders-only"));

        var post = await Client.PostWithTokenAsync(Next, Proposal);

        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.TopicProposals.CountAsync()));
    }

    [Theory]
    [InlineData(CyclePhase.AgendaSetting)]
    [InlineData(CyclePhase.Consultations)]
    [InlineData(CyclePhase.Publication)]
    public async Task Proposals_for_the_next_cycle_are_welcome_in_every_phase(CyclePhase phase)
    {
        await Factory.AddCycleAsync(2020, current: true, phase);
        await Client.LoginAsRoleAsync(Roles.Policymaker);

        var post = await Client.SubmitAsync(Next, Proposal, Next);

        Assert.Equal(HttpStatusCode.Redirect, post.Status);
        Assert.Equal(1, await Factory.WithDbAsync(db => db.TopicProposals.CountAsync(p => p.DecidedInYear == null)));
    }

    [Fact]
    public async Task A_proposal_is_never_stranded_whatever_year_the_next_cycle_gets()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Publication, CycleTestData.NineTopics2019);
        var waiting = await Factory.AddProposalAsync(Area.Asylum, "Waiting since 2019");
        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);

        // The next cycle turns out to be 2021, not 2020: the proposal is offered all the same, and the opening decides it.
        var topics = await admin.WizardTopicsAsync(new() { ["Year"] = "2021" });
        Assert.NotNull(topics.One($"#adopt-{waiting.Id}"));
        var review = await admin.SubmitAsync(topics, topics.NewTopics(Area.Migration, "M1").With(new() { ["OpenAnyway"] = "true", ["Go"] = "review" }), CycleTestData.Wizard);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(review, new Dictionary<string, string> { ["Go"] = "open" }, CycleTestData.Wizard)).Status);

        Assert.Equal(2021, await Factory.WithDbAsync(db => db.TopicProposals.Where(p => p.Id == waiting.Id).Select(p => p.DecidedInYear).SingleAsync()));
        var decided = await Client.GetAsync("/cycles/2021/proposals");
        Assert.Equal("Topic proposals decided for cycle 2021", decided.One("h1")!.TextContent);
        Assert.Contains("Not adopted", decided.One($"#proposal-{waiting.Id}")!.TextContent, StringComparison.Ordinal);
        Assert.Null(decided.One("form[method=post][action$='/proposals']"));
        Assert.DoesNotContain("Waiting since 2019", (await Client.GetAsync(Next)).Text, StringComparison.Ordinal);

        // An old address for a year that never got a cycle leads to the proposals waiting now; nothing is offered for 2020.
        var old = await Client.GetAsync("/cycles/2020/proposals");
        Assert.Equal((HttpStatusCode.Redirect, Next), (old.Status, old.Location));
        var cycles = await Client.GetAsync("/cycles");
        Assert.DoesNotContain("2020", cycles.One("[role=note]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(cycles.One($"[role=note] a[href='{Next}']"));
    }

    [Theory]
    [InlineData("Area", "", "Choose the area of the topic.")]
    [InlineData("Area", "99", "The value '99' is invalid.")]
    [InlineData("Title", "", "Give the topic a title.")]
    [InlineData("Title", "201", "The title can be at most 200 characters.")]
    [InlineData("Rationale", "", "Say why ReSOMA should work on this topic.")]
    [InlineData("Rationale", "Too short.", "Write the rationale in 20 to 4000 characters.")]
    [InlineData("Rationale", "4001", "Write the rationale in 20 to 4000 characters.")]
    public async Task Invalid_proposals_are_shown_again_with_their_message(string field, string value, string message)
    {
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var values = new Dictionary<string, string>(Proposal)
        {
            [field] = int.TryParse(value, out var length) && length > 100 ? new string('x', length) : value,
        };

        var refused = await Client.SubmitAsync(Next, values, Next);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(message, refused.Errors);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.TopicProposals.CountAsync()));
        if (field != "Title")
        {
            Assert.Equal(Proposal["Title"], refused.One("#Title")!.GetAttribute("value"));
        }
    }
}
