using Microsoft.Playwright;

namespace ReSoma.BrowserTests.Infrastructure;

public static class VisitorExtensions
{
    /// <summary>Opens a page at <paramref name="path"/> (relative to the portal) and fails unless it answered 2xx.</summary>
    public static async Task<IPage> OpenAsync(this IBrowserContext visitor, string path)
    {
        var page = await visitor.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.True(response?.Ok, $"/{path} answered {response?.Status}");
        return page;
    }
}
