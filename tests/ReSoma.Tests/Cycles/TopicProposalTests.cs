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

    [Fact]
    public async Task A_stakeholder_proposes_a_topic_for_the_coming_cycle_and_everyone_can_read_it()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Consultations);
        await Client.LoginAsRoleAsync(Roles.Researcher);

        var proposed = await Client.SubmitAsync("/cycles/2020/proposals", Proposal, "/cycles/2020/proposals");

        Assert.Equal(HttpStatusCode.Redirect, proposed.Status);
        var saved = await Factory.WithDbAsync(db => db.TopicProposals.SingleAsync());
        Assert.Equal($"/cycles/2020/proposals?done=proposed#proposal-{saved.Id}", proposed.Location);
        Assert.Equal((2020, Area.Integration, "Anti-racism in integration policy", "Demo Researcher"), (saved.Year, saved.Area, saved.Title, saved.ProposedByName));
        Assert.Equal(await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == "researcher@resoma.local").Select(u => u.Id).SingleAsync()), saved.ProposedByUserId);
        Assert.Contains("your proposal is listed below", (await Client.GetAsync(proposed.Location!)).Text, StringComparison.Ordinal);

        var page = await NewClient().GetAsync("/cycles/2020/proposals");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var item = page.One($"#proposal-{saved.Id}")!;
        Assert.Equal("Anti-racism in integration policy", item.QuerySelector("h3")!.TextContent);
        Assert.Equal("Demo Researcher", item.QuerySelector(".proposed-by")!.TextContent);
        Assert.Equal("housing and work", item.QuerySelector(".prose strong")!.TextContent);
        Assert.Null(item.QuerySelector("script"));
        Assert.Contains("<script>alert(1)</script>", item.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.One("#login-to-propose a[href='/account/login?returnUrl=%2Fcycles%2F2020%2Fproposals']"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_asked_to_log_in_and_their_post_goes_to_the_login_page()
    {
        var page = await Client.GetAsync("/cycles/2020/proposals");
        Assert.Contains("Log in to propose a topic", page.One("#login-to-propose")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.One("form[action='/cycles/2020/proposals']"));

        var post = await Client.PostWithTokenAsync("/cycles/2020/proposals", Proposal);

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
        var page = await Client.GetAsync("/cycles/2020/proposals");
        Assert.NotNull(page.One("#stakeholders-only"));

        var post = await Client.PostWithTokenAsync("/cycles/2020/proposals", Proposal);

        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.TopicProposals.CountAsync()));
    }

    [Theory]
    [InlineData(2020, true, CyclePhase.AgendaSetting, true)]
    [InlineData(2020, true, CyclePhase.Consultations, false)]
    [InlineData(2020, true, CyclePhase.Publication, false)]
    [InlineData(2020, false, CyclePhase.AgendaSetting, false)]
    public async Task Proposals_are_taken_only_while_the_years_topics_are_not_final(int year, bool current, CyclePhase phase, bool open)
    {
        await Factory.AddCycleAsync(year, current, phase);
        await Client.LoginAsRoleAsync(Roles.Policymaker);

        var page = await Client.GetAsync($"/cycles/{year}/proposals");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(open, page.One($"form[action='/cycles/{year}/proposals']") is not null);
        Assert.Equal(!open, page.One("#proposals-closed") is not null);

        var post = await Client.PostWithTokenAsync($"/cycles/{year}/proposals", Proposal);

        Assert.Equal(open ? HttpStatusCode.Redirect : HttpStatusCode.Conflict, post.Status);
        Assert.Equal(open ? 1 : 0, await Factory.WithDbAsync(db => db.TopicProposals.CountAsync()));
        if (!open)
        {
            Assert.Single(post.Errors);
            Assert.Contains("proposals are closed", post.Errors[0], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_past_year_that_never_had_a_cycle_takes_no_proposals_and_absurd_years_do_not_exist()
    {
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.Synthesis);
        await Client.LoginAsRoleAsync(Roles.Practitioner);

        var past = await Client.PostWithTokenAsync("/cycles/2015/proposals", Proposal);
        Assert.Equal(HttpStatusCode.Conflict, past.Status);
        Assert.Contains("No cycle will be opened for 2015", past.Errors[0], StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/cycles/1999/proposals")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync($"/cycles/{DateTime.UtcNow.Year + 7}/proposals")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostWithTokenAsync("/cycles/1999/proposals", Proposal)).Status);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.TopicProposals.CountAsync()));
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

        var refused = await Client.SubmitAsync("/cycles/2020/proposals", values, "/cycles/2020/proposals");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(message, refused.Errors);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.TopicProposals.CountAsync()));
        if (field != "Title")
        {
            Assert.Equal(Proposal["Title"], refused.One("#Title")!.GetAttribute("value"));
        }
    }
}
