using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReSoma.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ReSoma.BrowserTests;

/// <summary>A visitor types in the header's search box, chooses a suggested title with the keyboard, and lands on it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchSuggestJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Suggestions_appear_as_one_types_and_the_keyboard_chooses_one()
    {
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var page = await visitor.OpenAsync("");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search ReSOMA" });
        var list = page.GetByRole(AriaRole.Listbox, new() { Name = "Suggested pages" });

        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await box.PressSequentiallyAsync("integrat");
        await Expect(list).ToBeVisibleAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        var options = list.GetByRole(AriaRole.Option);
        Assert.InRange(await options.CountAsync(), 1, 8);
        await Expect(page.Locator("#site-search-q-suggestions-status[aria-live=polite]")).ToContainTextAsync("Use the up and down arrows");

        await box.PressAsync("ArrowDown");
        var first = options.First;
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await first.GetAttributeAsync("id"))!);
        await box.PressAsync("ArrowUp");
        await Expect(box).Not.ToHaveAttributeAsync("aria-activedescendant", new Regex("."));

        await box.PressAsync("Escape");
        await Expect(list).ToBeHiddenAsync();
        await Expect(box).ToHaveAttributeAsync("aria-expanded", "false");

        await box.PressAsync("ArrowDown"); // opens the list again
        await box.PressAsync("ArrowDown"); // and chooses the first title
        var title = (await first.Locator(".search-suggest-title").TextContentAsync())!;
        await box.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Enter_without_a_chosen_title_searches_as_before()
    {
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var page = await visitor.OpenAsync("");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search ReSOMA" });

        await box.PressSequentiallyAsync("integrat");
        await Expect(page.GetByRole(AriaRole.Listbox, new() { Name = "Suggested pages" })).ToBeVisibleAsync();
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=integrat$"));
        await Expect(page.Locator("#result-count")).ToContainTextAsync("for “integrat”");
    }

    [Fact]
    public async Task Without_script_the_box_is_a_plain_search_form()
    {
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop, javaScript: false);
        var page = await visitor.OpenAsync("");
        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search ReSOMA" });

        await Expect(box).Not.ToHaveAttributeAsync("role", "combobox");
        await box.FillAsync("detention");
        await box.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=detention$"));
    }

    [Fact]
    public async Task The_open_list_has_no_serious_or_critical_WCAG_violations()
    {
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop, bypassCsp: true);
        var page = await visitor.OpenAsync("");
        var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search ReSOMA" });
        await box.PressSequentiallyAsync("integrat");
        await Expect(page.GetByRole(AriaRole.Listbox, new() { Name = "Suggested pages" })).ToBeVisibleAsync();
        await box.PressAsync("ArrowDown");

        var serious = (await Axe.ViolationsAsync(page)).Where(v => v.IsSeriousOrCritical).ToList();

        Assert.True(serious.Count == 0, string.Join(Environment.NewLine, serious));
    }
}
