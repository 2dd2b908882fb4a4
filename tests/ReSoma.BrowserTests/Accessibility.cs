using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ReSoma.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace ReSoma.BrowserTests;

/// <summary>
/// Every page the portal maps, public and back office, checked with axe-core's WCAG 2.0–2.2 A and AA rules at a desktop
/// and a 320 px phone width, with every form also sent empty to check its error state; and at 320 px nothing may scroll
/// sideways (WCAG 1.4.10 Reflow). The pages come from the portal's own endpoint data source: a new page is checked
/// without anyone listing it. How to read and update the figures: docs/accessibility.md.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class Accessibility(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>The narrowest width WCAG 1.4.10 asks content to reflow into, and a phone's.</summary>
    public static readonly ViewportSize Narrow = new() { Width = 320, Height = 640 };

    /// <summary>
    /// Routes that never answer a page and whose parameter the demo content cannot fill. Every other route that is no
    /// page (feeds, .ics, .csv, PDF, OAI, sitemap, robots, health) is found by the content type of its answer and skipped.
    /// </summary>
    private static readonly Dictionary<string, string> NotPages = new()
    {
        ["/{**path:file}"] = "the static files under wwwroot",
        ["/admin/backup/files/{name}"] = "a backup archive, downloaded; there is none until an admin makes one",
        ["/editor/consultations/{slug}/contributions/{id:int}/attachment"] = "a contribution's attached file, downloaded",
        ["/interviews/photos/{id:int}"] = "an expert's photograph (an image)",
        ["/news/images/{id:int}"] = "a news item's picture (an image)",
    };

    /// <summary>
    /// Violations that cannot be fixed in the portal, each with its reason, by rule id and page path (a regular expression).
    /// Empty is the aim; each entry is explained in docs/accessibility.md.
    /// </summary>
    private static readonly (string Rule, string Path, string Reason)[] Allowed = [];

    private static readonly Dictionary<Audience, string> Accounts = new()
    {
        [Audience.SignedIn] = "researcher@resoma.local",
        [Audience.Stakeholder] = "researcher@resoma.local",
        [Audience.Editorial] = "editor@resoma.local",
        [Audience.Admin] = "admin@resoma.local",
    };

    [Fact]
    public async Task Every_page_and_its_error_state_has_no_WCAG_violation_at_desktop_and_320_px_and_reflows()
    {
        // A portal of its own: the sweep signs in and sends forms, which must not change what other journeys see.
        await using var portal = new KestrelPortal();
        var address = portal.Start();
        var visitors = new Dictionary<Audience, IBrowserContext>();
        var sweep = new Sweep();
        try
        {
            foreach (var audience in Enum.GetValues<Audience>())
            {
                visitors[audience] = await browser.NewVisitorAsync(BrowserFixture.Desktop, bypassCsp: true, baseAddress: address);
                if (Accounts.TryGetValue(audience, out var email))
                {
                    await visitors[audience].SignInAsync(email);
                }
            }

            var routes = PortalPages.Routes(portal.Services).Where(r => !NotPages.ContainsKey(r.Pattern)).ToList();
            await DemoRouteValues.AddWhatTheDemoLacksAsync(portal.Services, Accounts[Audience.Stakeholder]);
            var values = await DemoRouteValues.ReadAsync(portal.Services, Accounts[Audience.Stakeholder]);

            // Pages without parameters first: opening them makes values other routes need (a private feed's secret).
            foreach (var route in routes.Where(r => r.Parameters.Count == 0))
            {
                await sweep.PageAsync(route, route.Pattern + values.QueryFor(route.Pattern), visitors);
            }

            values = await DemoRouteValues.ReadAsync(portal.Services, Accounts[Audience.Stakeholder]);
            foreach (var route in routes.Where(r => r.Parameters.Count > 0))
            {
                var (path, missing) = values.Fill(route.Pattern);
                if (path is null)
                {
                    sweep.Problems.Add($"{route.Pattern}: no demo value for {string.Join(", ", missing)} (add it to DemoRouteValues, or list the route in NotPages if it is no page)");
                    continue;
                }

                await sweep.PageAsync(route, path, visitors);
            }
        }
        finally
        {
            foreach (var visitor in visitors.Values)
            {
                await visitor.DisposeAsync();
            }
        }

        var failing = sweep.Report(output);
        Assert.True(sweep.Problems.Count == 0 && failing.Count == 0,
            string.Join(Environment.NewLine, sweep.Problems.Concat(failing.Select(f => f.ToString()))));
    }

    // WCAG 1.4.4: text resized to 200 % still fits the window, with nothing to scroll sideways.
    [Theory]
    [InlineData("")]
    [InlineData("briefs")]
    [InlineData("consultations/feedback-meeting-alternatives-to-detention-in-practice")]
    [InlineData("events/resoma-final-conference-lisbon")]
    [InlineData("cycles/2019/evidence")]
    [InlineData("search?q=detention")]
    [InlineData("account/register")]
    [InlineData("privacy")]
    [InlineData("accessibility")]
    public async Task Text_at_200_percent_needs_no_sideways_scrolling(string path)
    {
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var page = await visitor.OpenAsync(path);

        await page.EvaluateAsync("() => { document.documentElement.style.fontSize = '200%'; }");

        var (scrollWidth, innerWidth) = await WidthsAsync(page);
        Assert.True(scrollWidth <= innerWidth, $"/{path} with text at 200 % is {scrollWidth} px wide in a {innerWidth} px window; " +
            $"sticking out: {string.Join(", ", scrollWidth > innerWidth ? await page.EvaluateAsync<string[]>(Overflowing) : [])}");
    }

    // A check that cannot fail proves nothing: an image without alt text must be reported.
    [Fact]
    public async Task An_image_without_alt_text_is_reported()
    {
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop, bypassCsp: true);
        var page = await visitor.OpenAsync("");
        await page.EvaluateAsync("() => { const img = document.createElement('img'); img.src = 'x.png'; document.querySelector('main').append(img); }");

        var violations = await Axe.ViolationsAsync(page);

        var imageAlt = Assert.Single(violations, v => v.Id == "image-alt");
        Assert.True(imageAlt.IsSeriousOrCritical, imageAlt.ToString());
    }

    // The same for reflow: a block wider than the window must be caught.
    [Fact]
    public async Task A_page_wider_than_320_px_is_reported()
    {
        await using var visitor = await browser.NewVisitorAsync(Narrow);
        var page = await visitor.OpenAsync("");
        await page.EvaluateAsync("() => { const wide = document.createElement('div'); wide.style.width = '600px'; wide.textContent = 'wide'; document.querySelector('main').append(wide); }");

        var (scrollWidth, innerWidth) = await WidthsAsync(page);

        Assert.True(scrollWidth > innerWidth, $"{scrollWidth} px in a {innerWidth} px window went unnoticed");
    }

    // The innermost elements whose right edge passes the window's, to say where to look.
    private const string Overflowing = """
        () => [...document.body.querySelectorAll('*')]
          .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5 && ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 0.5))
          .slice(0, 5)
          .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)')
        """;

    private static async Task<(int ScrollWidth, int InnerWidth)> WidthsAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return (widths[0], widths[1]);
    }

    private sealed record Finding(string Page, int Width, AxeViolation Violation)
    {
        public override string ToString() => $"{Page} at {Width} px: {Violation}";
    }

    /// <summary>What the sweep saw: pages, forms, violations, pages that scroll sideways, routes it could not open.</summary>
    private sealed class Sweep
    {
        // Sends the first form in the page's main content that a person types into (a POST with a visible text field),
        // with every such field empty and the browser's own checks off, so the server answers with its error state.
        private const string MarkForm = """
            () => {
              const typed = f => [...f.elements].filter(e => e.offsetParent !== null && (e.tagName === 'TEXTAREA'
                || (e.tagName === 'INPUT' && ['text', 'email', 'password', 'number', 'url', 'tel', 'date', 'datetime-local', 'time'].includes(e.type))));
              const form = [...document.querySelectorAll('main form')].find(f => f.method === 'post' && typed(f).length > 0);
              if (!form) return false;
              form.noValidate = true;
              typed(form).forEach(e => { e.value = ''; });
              form.setAttribute('data-axe-empty', '');
              return true;
            }
            """;

        private const string SendForm = """
            () => {
              const form = document.querySelector('form[data-axe-empty]');
              const submit = form.querySelector('button[type=submit], button:not([type]), input[type=submit]');
              form.requestSubmit(submit ?? undefined);
            }
            """;

        public List<string> Problems { get; } = [];
        public List<Finding> Findings { get; } = [];
        public List<string> Skipped { get; } = [];
        public List<string> Timings { get; } = [];
        public int Pages { get; private set; }
        public int Forms { get; private set; }

        public async Task PageAsync(PortalRoute route, string path, IReadOnlyDictionary<Audience, IBrowserContext> visitors)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var visitor = visitors[route.Audience];
            var answer = await visitor.APIRequest.GetAsync(path);

            // A page that asks for a sign-in its metadata does not declare (the action challenges) is opened signed in.
            if (route.Audience == Audience.Anonymous && new Uri(answer.Url).AbsolutePath == "/account/login" && path != "/account/login")
            {
                visitor = visitors[Audience.SignedIn];
                answer = await visitor.APIRequest.GetAsync(path);
            }

            var type = answer.Headers.TryGetValue("content-type", out var value) ? value : "";
            if (!type.StartsWith("text/html", StringComparison.Ordinal))
            {
                Skipped.Add($"{path} ({type})");
                return;
            }

            // An error page answers with its own status (/error/404 with 404), which is what it is for.
            if (!answer.Ok && !path.StartsWith("/error/", StringComparison.Ordinal))
            {
                Problems.Add($"{path} ({route.Audience}) answered {answer.Status}");
                return;
            }

            var page = await visitor.NewPageAsync();
            try
            {
                await page.GotoAsync(path);
                await CheckAsync(page, path);
                Pages++;

                if (await page.EvaluateAsync<bool>(MarkForm))
                {
                    // Obsolete in favour of WaitForURLAsync, which cannot help here: most forms answer at their own address.
#pragma warning disable CS0612
                    await page.RunAndWaitForNavigationAsync(() => page.EvaluateAsync(SendForm));
#pragma warning restore CS0612
                    await CheckAsync(page, path + " (form sent empty)");
                    Forms++;
                }
            }
            finally
            {
                await page.CloseAsync();
                Timings.Add($"{path}: {clock.ElapsedMilliseconds} ms");
            }
        }

        private async Task CheckAsync(IPage page, string label)
        {
            foreach (var viewport in new[] { BrowserFixture.Desktop, Narrow })
            {
                await page.SetViewportSizeAsync(viewport.Width, viewport.Height);
                Findings.AddRange((await Axe.ViolationsAsync(page)).Select(v => new Finding(label, viewport.Width, v)));
            }

            var (scrollWidth, innerWidth) = await WidthsAsync(page);
            if (scrollWidth > innerWidth)
            {
                var culprits = await page.EvaluateAsync<string[]>(Overflowing);
                Problems.Add($"{label} at {Narrow.Width} px is {scrollWidth} px wide: it scrolls sideways (WCAG 1.4.10 Reflow); " +
                    $"sticking out: {string.Join(", ", culprits)}");
            }
        }

        /// <summary>Prints the figures and every finding; returns the findings that are not allowed.</summary>
        public IReadOnlyList<Finding> Report(ITestOutputHelper output)
        {
            var failing = Findings.Where(f => !Allowed.Any(a => a.Rule == f.Violation.Id && Regex.IsMatch(f.Page, a.Path))).ToList();
            output.WriteLine($"axe: {Pages + Forms} pages ({Pages} pages, {Forms} form error states) × 2 viewports ({BrowserFixture.Desktop.Width} and {Narrow.Width} px), {failing.Count} violations ({Findings.Count - failing.Count} allowed)");
            foreach (var rule in Findings.GroupBy(f => f.Violation.Id).OrderByDescending(g => g.Count()))
            {
                output.WriteLine($"  {rule.Key} ({rule.First().Violation.Impact}): {rule.Count()} page views, {rule.Sum(f => f.Violation.Nodes.Count)} elements");
            }

            output.WriteLine($"not pages, skipped by content type: {string.Join("; ", Skipped)}");
            Findings.ForEach(f => output.WriteLine(f.ToString()));
            Timings.ForEach(output.WriteLine);
            return failing;
        }
    }
}
