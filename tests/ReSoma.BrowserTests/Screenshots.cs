using Microsoft.Playwright;
using ReSoma.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ReSoma.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class Screenshots(BrowserFixture browser)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [Theory]
    [InlineData("", "home")]
    [InlineData("topics", "topics")]
    public async Task Full_page_screenshots_at_desktop_and_phone_width(string path, string name)
    {
        Directory.CreateDirectory(Folder);
        foreach (var viewport in new[] { BrowserFixture.Desktop, BrowserFixture.Phone })
        {
            await using var visitor = await browser.NewVisitorAsync(viewport);
            var page = await visitor.OpenAsync(path);
            var file = new FileInfo(Path.Combine(Folder, $"{name}-{viewport.Width}x{viewport.Height}.png"));
            file.Delete(); // so a picture left by an earlier run cannot pass for this one

            await page.ScreenshotAsync(new() { Path = file.FullName, FullPage = true });

            file.Refresh();
            Assert.True(file.Exists && file.Length > 0, $"{file.FullName} is missing or empty");
        }
    }

    [Fact]
    public async Task The_suggestions_under_the_search_box_at_desktop_and_phone_width()
    {
        Directory.CreateDirectory(Folder);
        foreach (var viewport in new[] { BrowserFixture.Desktop, BrowserFixture.Phone })
        {
            await using var visitor = await browser.NewVisitorAsync(viewport);
            var page = await visitor.OpenAsync("");
            var box = page.GetByRole(AriaRole.Combobox, new() { Name = "Search ReSOMA" });
            await box.PressSequentiallyAsync("integrat");
            await Expect(page.GetByRole(AriaRole.Listbox)).ToBeVisibleAsync();
            await box.PressAsync("ArrowDown");
            var file = new FileInfo(Path.Combine(Folder, $"suggestions-{viewport.Width}x{viewport.Height}.png"));
            file.Delete();

            await page.ScreenshotAsync(new() { Path = file.FullName });

            file.Refresh();
            Assert.True(file.Exists && file.Length > 0, $"{file.FullName} is missing or empty");
        }
    }

    // Opening the menu needs Bootstrap's script, so this also proves the script loads under the strict CSP.
    [Fact]
    public async Task On_a_phone_the_menu_button_opens_the_menu()
    {
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Phone);
        var page = await visitor.OpenAsync("");
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        var topics = menu.GetByRole(AriaRole.Link, new() { Name = "Topics", Exact = true });
        var toggler = menu.GetByRole(AriaRole.Button, new() { Name = "Show or hide the menu" });

        await Expect(toggler).ToBeVisibleAsync();
        await Expect(topics).ToBeHiddenAsync();

        await toggler.ClickAsync();

        await Expect(topics).ToBeVisibleAsync();
        await Expect(toggler).ToHaveAttributeAsync("aria-expanded", "true");
    }
}
