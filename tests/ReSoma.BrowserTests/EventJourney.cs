using System.Text.RegularExpressions;
using Ical.Net;
using Microsoft.Playwright;
using ReSoma.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ReSoma.BrowserTests;

/// <summary>A visitor goes from the home page to the Lisbon conference, takes it into a calendar, and finds the
/// conference and its news through the search box in the header.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EventJourney(BrowserFixture browser)
{
    private const string Conference = "ReSOMA final conference, Lisbon";

    [Fact]
    public async Task From_the_home_page_to_the_Lisbon_conference_its_calendar_entry_and_a_search_for_Lisbon()
    {
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var page = await visitor.OpenAsync("");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Events", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/events$"));
        await page.GetByRole(AriaRole.Link, new() { Name = Conference }).First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/events/resoma-final-conference-lisbon$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Conference, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("IMISCOE");

        // "Add to calendar" hands over an .ics file; the calendar a visitor's app would read is parsed back here.
        var href = await page.Locator("#add-to-calendar").GetAttributeAsync("href");
        var response = await page.APIRequest.GetAsync(new Uri(browser.BaseAddress, href).ToString());
        Assert.True(response.Ok);
        Assert.StartsWith("text/calendar", response.Headers["content-type"], StringComparison.Ordinal);
        var calendar = Calendar.Load(await response.TextAsync())!;
        var entry = Assert.Single(calendar.Events);
        Assert.Equal(Conference, entry.Summary);
        Assert.Equal(new DateTime(2020, 2, 5), entry.DtStart!.Date.ToDateTime(TimeOnly.MinValue));

        await page.GetByLabel("Search ReSOMA").FillAsync("Lisbon");
        await page.GetByLabel("Search ReSOMA").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=Lisbon"));
        await Expect(page.Locator("main a[href='/events/resoma-final-conference-lisbon']").First).ToBeVisibleAsync();
        await Expect(page.Locator("main a[href^='/news/']").First).ToBeVisibleAsync();
        await Expect(page.Locator(".facet[data-kind='event'] .facet-count")).Not.ToHaveTextAsync("0");
        await Expect(page.Locator(".facet[data-kind='news'] .facet-count")).Not.ToHaveTextAsync("0");
    }
}
