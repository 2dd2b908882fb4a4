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

    /// <summary>Signs <paramref name="visitor"/> in with a seeded demo account, through the login form as a person would.</summary>
    public static async Task SignInAsync(this IBrowserContext visitor, string email)
    {
        var page = await visitor.OpenAsync("account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(KestrelPortal.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.CloseAsync();
    }
}
