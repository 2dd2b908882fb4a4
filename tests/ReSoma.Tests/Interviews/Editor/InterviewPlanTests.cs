using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Interviews.Editor;

/// <summary>The editorial plan, seen on 10 April 2031.</summary>
public sealed class InterviewPlanTests(InterviewEditorFactory factory) : PortalTest<InterviewEditorFactory>(factory)
{
    private static string State(Page page, string month) => page.One($"[data-month='{month}'] .plan-state")!.TextContent.Trim();

    [Fact]
    public async Task Twelve_months_around_today_say_published_scheduled_in_review_draft_or_missing()
    {
        await Factory.AddInterviewAsync(new NewInterview("March story") { Month = 3, PublishAt = new DateTimeOffset(2031, 3, 3, 8, 0, 0, TimeSpan.Zero), Published = true });
        await Factory.AddInterviewAsync(new NewInterview("June story") { Month = 6, PublishAt = new DateTimeOffset(2031, 6, 2, 7, 0, 0, TimeSpan.Zero) });
        var july = await Factory.AddInterviewAsync(new NewInterview("July story") { Month = 7 });
        await Factory.AddInterviewAsync(new NewInterview("Another July story") { Month = 7 });
        await Factory.WithDbAsync(async db =>
        {
            db.Interviews.Single(i => i.Id == july).SendToReview();
            await db.SaveChangesAsync();
        });

        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync("/editor/interviews");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var months = page.Document.QuerySelectorAll("#plan [data-month]").Select(m => m.GetAttribute("data-month")).ToList();
        Assert.Equal(12, months.Count);
        Assert.Equal(("2031-01", "2031-04", "2031-12"), (months[0], months[3], months[^1]));
        Assert.Contains("this month", page.One("[data-month='2031-04']")!.TextContent, StringComparison.Ordinal);

        Assert.Equal("Published", State(page, "2031-03"));
        Assert.Equal("Scheduled", State(page, "2031-06"));
        Assert.Contains("Mon 2 June 2031, 09:00 (Europe/Brussels)", page.One("[data-month='2031-06'] .plan-time")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("In review", State(page, "2031-07"));
        Assert.Contains("July story", page.One("[data-month='2031-07']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("and 1 more draft", page.One("[data-month='2031-07']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Missing", State(page, "2031-08"));
        Assert.Equal("/editor/interviews/new?year=2031&month=8", page.One("[data-month='2031-08'] a")!.GetAttribute("href"));

        Assert.Equal(4, page.Document.QuerySelectorAll("#interview-list tbody tr").Length);
    }

    [Fact]
    public async Task The_coming_month_warns_until_its_interview_is_scheduled()
    {
        var may = await Factory.AddInterviewAsync(new NewInterview("May story"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync("/editor/interviews");
        var warning = page.One("#coming-month-warning")!.TextContent;
        Assert.Contains("Nothing is scheduled for May 2031 yet.", warning, StringComparison.Ordinal);
        Assert.Contains("“May story” is a draft", warning, StringComparison.Ordinal);
        Assert.Equal("Draft only", State(page, "2031-05"));

        var scheduled = await Client.SubmitAsync(
            InterviewEditorData.EditUrl(may),
            new Dictionary<string, string> { ["Schedule.PublishAt"] = "2031-05-02T09:00", ["Schedule.TimeZoneId"] = "Europe/Brussels" },
            $"/editor/interviews/{may}/schedule");
        Assert.Equal(HttpStatusCode.Redirect, scheduled.Status);
        page = await Client.GetAsync("/editor/interviews");
        Assert.Null(page.One("#coming-month-warning"));
        Assert.Equal("Scheduled", State(page, "2031-05"));
    }

    [Fact]
    public async Task With_nothing_prepared_the_warning_offers_to_start_the_interview()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync("/editor/interviews");
        Assert.Equal("/editor/interviews/new?year=2031&month=5", page.One("#coming-month-warning a")!.GetAttribute("href"));
        Assert.All(page.Document.QuerySelectorAll("#plan .plan-state"), s => Assert.Equal("Missing", s.TextContent.Trim()));
        Assert.Equal("No interviews yet.", page.One(".empty-state")!.TextContent);
    }
}
