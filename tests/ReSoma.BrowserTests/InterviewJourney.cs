using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using ReSoma.BrowserTests.Infrastructure;
using ReSoma.Web.Features.Interviews.Publishing;
using static Microsoft.Playwright.Assertions;

namespace ReSoma.BrowserTests;

/// <summary>An editor drafts, previews and schedules the interview of a coming month; time passes; a reader finds it on
/// the home page and answers its questionnaire.</summary>
[Collection(BrowserCollection.Name)]
public sealed class InterviewJourney(BrowserFixture browser)
{
    private const string Title = "Who decides at the border";

    [Fact]
    public async Task An_editor_schedules_an_interview_and_a_reader_answers_it_once_it_is_published()
    {
        // Time has to pass in this journey, so it runs on a portal of its own with a clock the test moves. The demo seeded
        // on 10 March 2031 has March's interview published, April's scheduled and May's and June's in the editors' hands:
        // the editor plans July, the first month nobody has taken.
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 3, 10, 8, 0, 0, TimeSpan.Zero));
        await using var portal = new KestrelPortal(clock);
        var address = portal.Start();

        await using var editor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var page = await editor.NewPageAsync();
        await page.GotoAsync(Url(address, "account/login"));
        await page.GetByLabel("Email address").FillAsync("editor@resoma.local");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(KestrelPortal.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account$"));

        await page.GotoAsync(Url(address, "editor/interviews/new?year=2031&month=7"));
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(Title);
        await page.GetByLabel("Expert's name").FillAsync("Marta Silva");
        await page.GetByLabel("Role", new() { Exact = true }).FillAsync("Researcher in border law");
        await page.GetByLabel("Organisation", new() { Exact = true }).FillAsync("University of Porto");
        await page.GetByLabel("Standfirst").FillAsync("Screening at the external border is about to change. What does it mean for people who arrive?");
        await page.GetByLabel("Questions and answers (Markdown)").FillAsync("**Q: What changes?**\n\nThe checks move to the border itself.");
        await page.Locator("#Input_Questions_0__Text").FillAsync("Should screening happen at the border?");
        await page.Locator("#Input_Questions_0__Kind").SelectOptionAsync("SingleChoice");
        await page.Locator("#Input_Questions_0__Options").FillAsync("Yes\nNo\nNot sure");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save as draft" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/editor/interviews/\d+/edit"));

        await page.GetByRole(AriaRole.Link, new() { Name = "Open the preview" }).ClickAsync();
        await Expect(page.Locator("#preview-banner")).ToContainTextAsync("Preview");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Title, Level = 1 })).ToBeVisibleAsync();
        await page.GoBackAsync();

        await page.GetByLabel("Publish on").FillAsync("2031-07-01T12:00");
        await page.GetByLabel("Time zone").SelectOptionAsync("Europe/Brussels");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Reschedule", Exact = true })).ToBeVisibleAsync();

        await using var reader = await browser.NewVisitorAsync(BrowserFixture.Phone);
        var home = await reader.NewPageAsync();
        await home.GotoAsync(address.ToString());
        await Expect(home.Locator(".home-interview")).Not.ToContainTextAsync(Title);

        // 1 July, 12:01 in Brussels: the publishing schedule runs (as its background loop would at its next tick), and
        // publishes the demo's April interview too.
        clock.AdjustTime(new DateTimeOffset(2031, 7, 1, 10, 1, 0, TimeSpan.Zero));
        await portal.Services.GetRequiredService<InterviewPublisher>().PublishDueAsync();

        await home.ReloadAsync();
        await Expect(home.GetByRole(AriaRole.Heading, new() { Name = "Interview of the month" })).ToBeVisibleAsync();
        await home.Locator(".home-interview").GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
        await Expect(home).ToHaveURLAsync(new Regex("/interviews/2031/07/who-decides-at-the-border$"));
        await home.GetByLabel("Yes").CheckAsync();
        await home.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Expect(home.Locator(".response-count")).ToHaveTextAsync("1");
        await Expect(home.Locator("#questionnaire")).ToContainTextAsync("Yes: 1 (100%)");
    }

    private static string Url(Uri portal, string path) => new Uri(portal, path).ToString();
}
