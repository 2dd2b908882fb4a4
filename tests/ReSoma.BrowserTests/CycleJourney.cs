using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReSoma.BrowserTests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ReSoma.BrowserTests;

/// <summary>An admin opens the next cycle (the year after the demo's current one, which is the year of the clock) through
/// the wizard's three steps with nine topics typed in; the cycle pages pass axe.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CycleJourney(BrowserFixture browser, ITestOutputHelper output)
{
    private static readonly (string Area, string[] Titles)[] NewTopics =
    [
        ("migration", ["Seasonal work and labour inspections", "Climate change and human mobility", "Digital borders and EU databases"]),
        ("asylum", ["Interpreting in asylum interviews", "Reception of unaccompanied children", "Solidarity after the pandemic"]),
        ("integration", ["Migrants' needs in the responses to COVID-19", "Anti-racism and integration policy", "Cities as service providers"]),
    ];

    [Fact]
    public async Task An_admin_opens_the_next_cycle_with_nine_topics_and_the_current_one_becomes_archive()
    {
        // Opening a cycle archives the current one for good, and other journeys expect the demo's current cycle to stay
        // current: this journey runs on a portal of its own (same demo content and accounts), opened by absolute URLs.
        await using var portal = new KestrelPortal();
        var address = portal.Start();
        var current = portal.Services.GetRequiredService<TimeProvider>().GetUtcNow().Year;
        var next = current + 1;
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var page = await LogInAsAdminAsync(visitor, address);

        await page.GotoAsync(Url(address, "admin/cycles"));
        await Expect(page.Locator($"#cycle-{current}")).ToContainTextAsync("Current");
        await page.GetByRole(AriaRole.Link, new() { Name = "Open a new cycle" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open a new cycle", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Year of the new cycle")).ToHaveValueAsync($"{next}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next: topics" }).ClickAsync();
        // The demo's proposals sent since the current cycle opened wait for this opening.
        await Expect(page.GetByLabel("Adopt “Guardianship and age assessment of children on the move”")).ToBeVisibleAsync();
        foreach (var (area, titles) in NewTopics)
        {
            for (var n = 0; n < titles.Length; n++)
            {
                var row = $"new {area} topic {n + 1}";
                await page.GetByLabel($"Title of {row}", new() { Exact = true }).FillAsync(titles[n]);
                await page.GetByLabel($"Origin of {row}", new() { Exact = true }).SelectOptionAsync(n == 0 ? "EuAgenda" : "LocalNeed");
                await page.GetByLabel($"Summary of {row} (Markdown)").FillAsync($"Why **{titles[n].ToLowerInvariant()}** matters in {next}.");
            }
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Next: review" }).ClickAsync();
        await Expect(page.Locator("#review-integration")).ToContainTextAsync("Cities as service providers");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Open cycle {next}" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($@"/admin/cycles/{next}\?done=opened$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Cycle {next} is open");
        await Expect(page.Locator("#phase-changes tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#phase-changes tbody tr")).ToContainTextAsync("Demo Admin");

        await page.GetByRole(AriaRole.Link, new() { Name = "Public page of the cycle" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/cycles/{next}$"));
        await Expect(page.Locator("#cycle-status")).ToHaveTextAsync("Current · Agenda setting");
        await Expect(page.Locator(".topic-list li")).ToHaveCountAsync(9);
        foreach (var (area, titles) in NewTopics)
        {
            var section = page.GetByRole(AriaRole.Region, new() { Name = $"{char.ToUpperInvariant(area[0])}{area[1..]} topics, cycle {next}" });
            await Expect(section.Locator(".topic-list li")).ToHaveCountAsync(3);
            await Expect(section).ToContainTextAsync(titles[2]);
        }

        var timeline = page.GetByRole(AriaRole.List, new() { Name = "Timeline" });
        await Expect(timeline.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(4);
        await Expect(timeline).ToContainTextAsync("Agenda setting");
        await Expect(timeline).ToContainTextAsync("Recorded by Demo Admin");

        await page.GetByRole(AriaRole.Link, new() { Name = "Seasonal work and labour inspections" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Seasonal work and labour inspections", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".prose strong")).ToHaveTextAsync("seasonal work and labour inspections");

        await page.GotoAsync(Url(address, "cycles"));
        await Expect(page.Locator("#cycle-list > li").First).ToHaveIdAsync($"cycle-{next}");
        await Expect(page.Locator($"#cycle-{current}")).ToContainTextAsync("Archive");
        await page.Locator($"#cycle-{current}").GetByRole(AriaRole.Link, new() { Name = $"Cycle {current}" }).ClickAsync();
        await Expect(page.Locator("#cycle-status")).ToHaveTextAsync("Archive");
        await Expect(page.Locator(".topic-list li")).ToHaveCountAsync(9);
        // The demo cycle was opened with a plan, so its timeline shows all four phases, recorded or not.
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Timeline" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(4);
    }

    [Fact]
    public async Task Cycle_pages_and_the_wizard_have_no_serious_or_critical_WCAG_violations()
    {
        // Read-only visits: the shared portal will do.
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop, bypassCsp: true);
        var page = await LogInAsAdminAsync(visitor, browser.BaseAddress);
        foreach (var path in new[] { "cycles", "cycles/2019", "cycles/next/proposals", "admin/cycles", "admin/cycles/new", "admin/cycles/2019" })
        {
            var response = await page.GotoAsync(Url(browser.BaseAddress, path));
            Assert.True(response?.Ok, $"/{path} answered {response?.Status}");

            var violations = await Axe.ViolationsAsync(page);

            violations.ToList().ForEach(v => output.WriteLine($"/{path}: {v}"));
            var serious = violations.Where(v => v.IsSeriousOrCritical).ToList();
            Assert.True(serious.Count == 0, $"/{path}: {string.Join(Environment.NewLine, serious)}");
        }
    }

    private static async Task<IPage> LogInAsAdminAsync(IBrowserContext visitor, Uri portal)
    {
        var page = await visitor.NewPageAsync();
        await page.GotoAsync(Url(portal, "account/login"));
        await page.GetByLabel("Email address").FillAsync("admin@resoma.local");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(KestrelPortal.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account$"));
        return page;
    }

    private static string Url(Uri portal, string path) => new Uri(portal, path).ToString();
}
