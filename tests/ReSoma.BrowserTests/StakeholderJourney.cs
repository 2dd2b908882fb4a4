using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReSoma.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ReSoma.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class StakeholderJourney(BrowserFixture browser)
{
    private const string Password = "Journey-Passw0rd-42";

    [Fact]
    public async Task A_stakeholder_registers_confirms_logs_in_and_out()
    {
        var email = $"stakeholder-{Guid.NewGuid():N}@example.org";
        const string name = "Giulia Rossi";
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var page = await visitor.OpenAsync("account/register");

        await page.GetByLabel("Display name").FillAsync(name);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Organisation").FillAsync("Università di Bologna");
        await page.GetByLabel("Country").SelectOptionAsync("IT");
        await page.GetByLabel("a researcher").CheckAsync();
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByLabel("Repeat password").FillAsync(Password);
        await page.GetByLabel("I have read the privacy notice").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" })).ToBeVisibleAsync();
        await Expect(page.GetByText(email).First).ToBeVisibleAsync();
        await page.Locator("#dev-link").ClickAsync();

        // The link alone activates nothing: the password chosen at registration does, and signs the person in.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Activate your account" })).ToBeVisibleAsync();
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Activate my account" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Email address confirmed" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Go to my account" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/account$"));
        await Expect(page.Locator("#account-email")).ToHaveTextAsync(email);
        await Expect(page.GetByLabel("Display name")).ToHaveValueAsync(name);

        await MainMenu(page).GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(browser.BaseAddress.ToString());
        await Expect(MainMenu(page).GetByRole(AriaRole.Link, new() { Name = "Log in", Exact = true })).ToBeVisibleAsync();
        await Expect(MainMenu(page).GetByRole(AriaRole.Link, new() { Name = "My account" })).ToHaveCountAsync(0);
    }

    private static ILocator MainMenu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
}
