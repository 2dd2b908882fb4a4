using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReSoma.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ReSoma.BrowserTests;

/// <summary>A researcher finds a brief: search, filter, open it, download its PDF and copy its BibTeX.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BriefLibraryJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Search_filter_open_download_and_cite_a_brief()
    {
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        await visitor.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await visitor.OpenAsync("");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Policy briefs" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Policy briefs", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search", Exact = true }).FillAsync("detained");
        await page.GetByLabel("Area").SelectOptionAsync("migration");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show briefs" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/briefs\?q=detained&area=migration"));
        await Expect(page.Locator("#result-count")).ToContainTextAsync("most relevant first");
        await Expect(page.Locator(".filter-chip", new() { HasText = "Area: Migration" })).ToBeVisibleAsync();
        await Expect(page.Locator(".snippet mark").First).ToBeVisibleAsync();

        var first = page.Locator(".brief-list h2 a").First;
        var title = await first.TextContentAsync();
        await first.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title!, Level = 1 })).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download PDF" }).ClickAsync());
        Assert.Matches("^resoma-[a-z0-9-]+\\.pdf$", download.SuggestedFilename);
        var file = await download.PathAsync();
        var head = new byte[5];
        await using (var stream = File.OpenRead(file))
        {
            await stream.ReadExactlyAsync(head);
        }

        Assert.Equal("%PDF-"u8.ToArray(), head);

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy BibTeX" })).ToBeVisibleAsync();
        var copy = page.Locator("[data-copy-target=citation-bibtex]"); // its name changes to "Copied" once clicked
        await copy.ClickAsync();
        await Expect(copy).ToHaveTextAsync("Copied");
        var clipboard = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith("@techreport{resoma-", clipboard, StringComparison.Ordinal);
        Assert.Contains(title!.Split(':')[0], clipboard, StringComparison.Ordinal);
    }
}
