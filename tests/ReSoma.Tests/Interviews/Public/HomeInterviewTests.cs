using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Interviews.Public;

/// <summary>The home page features this month's interview, or the latest one. The portal's clock says 15 May 2026.</summary>
public sealed class HomeInterviewTests(ClockedInterviewPortalFactory factory) : PortalTest<ClockedInterviewPortalFactory>(factory)
{
    private static readonly DateTimeOffset Now = new(2026, 5, 15, 10, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task This_months_interview_is_featured_with_its_expert_and_standfirst()
    {
        Factory.Clock.AdjustTime(Now); // tests share the clock; each starts from the same moment
        await Factory.NewInterview(2026, 4, "Last month's interview").Published(Day(2026, 4, 2));
        await Factory.NewInterview(2026, 5, "Who rescues at sea").WithExpert("Maria Rossi", "Professor of law", "University of Palermo")
            .WithStandfirst("Sea rescue is back before the Court.").Published(Day(2026, 5, 4));

        var home = await Client.GetAsync("/");
        var block = home.One(".home-interview")!;
        Assert.Equal("Interview of the month", block.QuerySelector("h2")!.TextContent);
        Assert.Equal("May 2026", block.QuerySelector(".interview-month")!.TextContent);
        var title = block.QuerySelector("h3 a")!;
        Assert.Equal("Who rescues at sea", title.TextContent);
        Assert.Equal("/interviews/2026/05/who-rescues-at-sea", title.GetAttribute("href"));
        Assert.Equal("Maria Rossi, Professor of law, University of Palermo", block.QuerySelector(".expert-line")!.TextContent);
        Assert.Equal("Sea rescue is back before the Court.", block.QuerySelector(".standfirst")!.TextContent);
        Assert.Equal("MR", block.QuerySelector(".expert-initials")!.TextContent);
        Assert.Null(block.QuerySelector("img"));
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(title.GetAttribute("href")!)).Status);
    }

    [Fact]
    public async Task Without_one_this_month_the_latest_published_interview_is_shown_never_a_draft_or_a_scheduled_one()
    {
        Factory.Clock.AdjustTime(Now); // tests share the clock; each starts from the same moment
        await Factory.NewInterview(2026, 2, "February's interview").Published(Day(2026, 2, 2));
        await Factory.NewInterview(2026, 3, "March's interview").Published(Day(2026, 3, 2));
        await Factory.NewInterview(2025, 12, "December's interview").Published(Day(2025, 12, 2));
        await Factory.NewInterview(2026, 5, "May's draft").Draft();
        await Factory.NewInterview(2026, 4, "April, scheduled late").Scheduled(Day(2026, 5, 28));

        var block = (await Client.GetAsync("/")).One(".home-interview")!;
        Assert.Equal("Latest interview", block.QuerySelector("h2")!.TextContent);
        Assert.Equal("March's interview", block.QuerySelector("h3 a")!.TextContent);
        Assert.Equal("March 2026", block.QuerySelector(".interview-month")!.TextContent);
    }

    [Fact]
    public async Task An_interview_for_a_later_month_published_early_does_not_push_out_the_current_one()
    {
        Factory.Clock.AdjustTime(Now); // tests share the clock; each starts from the same moment
        await Factory.NewInterview(2026, 6, "June, published early").Published(Day(2026, 5, 14));
        await Factory.NewInterview(2026, 4, "April's interview").Published(Day(2026, 4, 2));
        Assert.Equal("April's interview", (await Client.GetAsync("/")).One(".home-interview h3 a")!.TextContent);

        await Factory.NewInterview(2026, 5, "May's interview").Published(Day(2026, 5, 15));
        Assert.Equal("May's interview", (await Client.GetAsync("/")).One(".home-interview h3 a")!.TextContent);
    }

    [Fact]
    public async Task When_the_month_turns_the_new_months_interview_takes_over()
    {
        Factory.Clock.AdjustTime(Now); // tests share the clock; each starts from the same moment
        await Factory.NewInterview(2026, 5, "May's interview").Published(Day(2026, 5, 4));
        await Factory.NewInterview(2026, 6, "June's interview").Published(Day(2026, 5, 30));
        Assert.Equal("May's interview", (await Client.GetAsync("/")).One(".home-interview h3 a")!.TextContent);

        // AdjustTime moves the clock without running every 30-second tick of the background loops in between.
        Factory.Clock.AdjustTime(new DateTimeOffset(2026, 6, 1, 0, 0, 1, TimeSpan.Zero));
        var block = (await Client.GetAsync("/")).One(".home-interview")!;
        Assert.Equal("June's interview", block.QuerySelector("h3 a")!.TextContent);
        Assert.Equal("Interview of the month", block.QuerySelector("h2")!.TextContent);
    }

    [Fact]
    public async Task The_experts_photo_is_shown_at_its_versioned_address()
    {
        Factory.Clock.AdjustTime(Now); // tests share the clock; each starts from the same moment
        var interview = await Factory.NewInterview(2026, 5, "Who rescues at sea").WithExpert("Maria Rossi").WithPhoto("Maria Rossi in her office").Published(Day(2026, 5, 4));

        var img = (await Client.GetAsync("/")).One(".home-interview img.expert-photo")!;
        Assert.Equal($"/interviews/photos/{interview.Id}?v={interview.Version}", img.GetAttribute("src"));
        Assert.Equal("Maria Rossi in her office", img.GetAttribute("alt"));
    }

    [Fact]
    public async Task No_published_interview_means_no_block()
    {
        Factory.Clock.AdjustTime(Now); // tests share the clock; each starts from the same moment
        await Factory.NewInterview(2026, 5, "May's draft").Draft();
        var home = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.Null(home.One(".home-interview"));
        Assert.DoesNotContain("May's draft", home.Text, StringComparison.Ordinal);
    }
}
