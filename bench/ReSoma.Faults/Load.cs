using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace ReSoma.Faults;

/// <summary>
/// The steady write load: every worker is one person or browser doing one thing after another, so each key is written
/// by one worker only and its writes are in order. A worker stops at its first failed request (the portal was killed)
/// and leaves that write unknown.
/// </summary>
public sealed class Load(Site site, Ledger ledger, Uri address, int seed)
{
    public const string Password = "Harness-Passw0rd-1";
    private static readonly string[] StakeholderRoles = ["Researcher", "Policymaker", "Practitioner"];
    private readonly Random _random = new(seed);
    private readonly string _run = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
    private readonly List<(string Email, Browser Browser)> _registered = [];
    private int _accounts;

    /// <summary>Signed-in stakeholders: the demo ones, and the three latest accounts the registrar made.</summary>
    public List<(string Email, Browser Browser)> Stakeholders { get; } = [];

    public Browser Editor { get; } = new(address);

    public List<string> Errors { get; } = [];

    public IEnumerable<Task> Workers(CancellationToken stop)
    {
        foreach (var (email, browser) in Stakeholders.Concat(_registered.TakeLast(3)))
        {
            yield return Run(stop, random => StakeholderStepAsync(email, browser, random, stop));
        }

        yield return Run(stop, _ => RegistrarStepAsync(stop));
        yield return Run(stop, _ => EditorStepAsync(stop));
        yield return Run(stop, random => ReaderStepAsync(random, stop));
        yield return Run(stop, random => ReaderStepAsync(random, stop));
    }

    public static async Task SignInAsync(Browser browser, string email, string password, CancellationToken cancellationToken)
    {
        var login = await browser.GetAsync("/account/login", cancellationToken);
        var done = await browser.SubmitAsync(login, "/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password }, cancellationToken);
        if (done.Status != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{email} could not sign in ({(int)done.Status}).");
        }
    }

    private Task Run(CancellationToken stop, Func<Random, Task> step)
    {
        var random = new Random(_random.Next());
        return Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await step(random);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or IOException)
                {
                    return; // the portal is gone: this cycle's load is over
                }
                catch (Exception e)
                {
                    lock (Errors)
                    {
                        Errors.Add(e.Message);
                    }

                    return;
                }
            }
        }, CancellationToken.None);
    }

    private async Task StakeholderStepAsync(string email, Browser browser, Random random, CancellationToken stop)
    {
        if (site.ContributionSlugs.Count > 0 && random.Next(4) == 0)
        {
            var slug = site.ContributionSlugs[random.Next(site.ContributionSlugs.Count)];
            var form = await browser.GetAsync($"/consultations/{slug}/contribution", stop);
            if (Site.HasForm(form, $"/consultations/{slug}/contribution"))
            {
                var key = ledger.For($"contribution {email} {slug}", "0", Checker.Contribution(email, slug));
                var write = key.Begin(WriteKind.Contribution, n => n.ToString(CultureInfo.InvariantCulture));
                await SendAsync(write, () => browser.SubmitAsync(form, $"/consultations/{slug}/contribution", new Dictionary<string, string>
                {
                    ["Title"] = $"Evidence from the fault harness #{write.Number}",
                    ["Body"] = $"What we saw in practice, written by the fault harness #{write.Number}: sponsorship works when matching is early.",
                }, stop));
            }

            return;
        }

        await ToggleSeatAsync(email, browser, site.SeatSlugs[random.Next(site.SeatSlugs.Count)], stop);
    }

    /// <summary>Registers for a seat if the page offers it, cancels if the page offers that.</summary>
    private async Task ToggleSeatAsync(string email, Browser browser, string slug, CancellationToken stop)
    {
        var page = await browser.GetAsync($"/consultations/{slug}", stop);
        var cancel = Site.HasForm(page, $"/consultations/{slug}/cancel");
        if (!cancel && !Site.HasForm(page, $"/consultations/{slug}/register"))
        {
            return;
        }

        var key = ledger.For($"seat {email} {slug}", cancel ? "in" : "out", Checker.Seat(email, slug));
        var write = key.Begin(cancel ? WriteKind.SeatCancellation : WriteKind.SeatRegistration, _ => cancel ? "out" : "in");
        await SendAsync(write, () => browser.SubmitAsync(page, $"/consultations/{slug}/{(cancel ? "cancel" : "register")}", new Dictionary<string, string>(), stop));
    }

    /// <summary>A new stakeholder: registers, activates the account with the link the page shows in Development and
    /// the password, signs in and asks for a seat.</summary>
    private async Task RegistrarStepAsync(CancellationToken stop)
    {
        var n = Interlocked.Increment(ref _accounts);
        var email = $"harness-{_run}-{n}@example.org";
        var browser = new Browser(address);
        var form = await browser.GetAsync("/account/register", stop);
        var account = ledger.For($"account {email}", "absent", Checker.Account(email)).Begin(WriteKind.Account, _ => "present");
        var sent = await SendAsync(account, () => browser.SubmitAsync(form, "/account/register", new Dictionary<string, string>
        {
            ["DisplayName"] = $"Harness person {n}",
            ["Email"] = email,
            ["Organisation"] = "Fault Harness Lab",
            ["Country"] = "PT",
            ["StakeholderRole"] = StakeholderRoles[n % StakeholderRoles.Length],
            ["Password"] = Password,
            ["ConfirmPassword"] = Password,
            ["AcceptPrivacy"] = "true",
        }, stop), page => page.Status == HttpStatusCode.OK && page.Document.QuerySelector("#dev-link") is not null);
        var link = sent.Document.QuerySelector("#dev-link")?.GetAttribute("href");
        if (link is null)
        {
            return;
        }

        // Activation takes the link and the password chosen at registration (the page the link opens asks for it).
        var activate = await browser.GetAsync(link, stop);
        var confirmation = ledger.For($"confirmed {email}", "no", Checker.EmailConfirmed(email)).Begin(WriteKind.EmailConfirmation, _ => "yes");
        await SendAsync(confirmation, () => browser.SubmitAsync(activate, "/account/confirm-email", new Dictionary<string, string> { ["Password"] = Password }, stop));
        await SignInAsync(browser, email, Password, stop);
        lock (_registered)
        {
            _registered.Add((email, browser));
        }

        await ToggleSeatAsync(email, browser, site.SeatSlugs[n % site.SeatSlugs.Count], stop);
    }

    private async Task EditorStepAsync(CancellationToken stop)
    {
        var path = $"/editor/briefs/{site.BriefId}/edit";
        var form = await Editor.GetAsync(path, stop);
        var write = ledger.For($"brief {site.BriefId}", "0", Checker.Brief(site.BriefId)).Begin(WriteKind.BriefEdit, n => n.ToString(CultureInfo.InvariantCulture));
        await SendAsync(write, () => Editor.SubmitAsync(form, path, new Dictionary<string, string>
        {
            ["Summary"] = $"Summary revised by the fault harness #{write.Number}: what the evidence says about the policy options.",
        }, stop));
    }

    /// <summary>An anonymous reader in a new browser. The harness picks the reader cookie itself, so it knows which
    /// response is this one even when the answer never comes back.</summary>
    private async Task ReaderStepAsync(Random random, CancellationToken stop)
    {
        using var browser = new Browser(address);
        var path = site.Questionnaires[random.Next(site.Questionnaires.Count)];
        var page = await browser.GetAsync(path, stop);
        var form = page.Document.QuerySelector("form#questionnaire-form");
        if (form is null)
        {
            return;
        }

        var values = new Dictionary<string, string>();
        foreach (var name in form.QuerySelectorAll("input[type=radio], input[type=checkbox]").Select(i => i.GetAttribute("name")!).Distinct())
        {
            var options = form.QuerySelectorAll($"input[name='{name}']").Select(i => i.GetAttribute("value")!).ToList();
            values[name] = options[random.Next(options.Count)];
        }

        foreach (var area in form.QuerySelectorAll("textarea[name]"))
        {
            values[area.GetAttribute("name")!] = "Written by the fault harness.";
        }

        var cookie = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        browser.Cookies.Add(address, new Cookie("resoma-reader", cookie));
        var browserKey = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cookie)));
        var write = ledger.For($"answer {browserKey}", "absent", Checker.Answer(browserKey)).Begin(WriteKind.QuestionnaireAnswer, _ => "present");
        await SendAsync(write, () => browser.SubmitAsync(page, form.GetAttribute("action")!, values, stop));
    }

    private async Task<Page> SendAsync(Write write, Func<Task<Page>> send, Func<Page, bool>? acknowledged = null)
    {
        var page = await send(); // an exception leaves the write unknown
        var status = (int)page.Status;
        ledger.Answered(write, status >= 500 ? null : status < 400 && (acknowledged?.Invoke(page) ?? true));
        return page;
    }
}
