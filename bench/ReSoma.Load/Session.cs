using ReSoma.Faults;

namespace ReSoma.Load;

/// <summary>A signed-in person as wrk replays them: the cookies a browser would send and, from a form, the antiforgery
/// token. The token is tied to the <c>resoma.af</c> cookie and to the identity, so it is read after signing in.</summary>
public sealed record Session(string Email, string CookieHeader, string? Token)
{
    public static async Task<Session> SignInAsync(Uri address, string email, string? formPage = null)
    {
        using var browser = new Browser(address);
        await Faults.Load.SignInAsync(browser, email, PeopleSeeder.Password, CancellationToken.None);
        string? token = null;
        if (formPage is not null)
        {
            var page = await browser.GetAsync(formPage, CancellationToken.None);
            token = page.Document.QuerySelector($"form[action='{formPage}/register'] input[name=__RequestVerificationToken]")?.GetAttribute("value")
                ?? throw new InvalidOperationException($"{email} got no registration form on {formPage} ({(int)page.Status}).");
        }

        return new Session(email, browser.Cookies.GetCookieHeader(address), token);
    }
}
