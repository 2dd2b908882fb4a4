using Microsoft.Playwright;

namespace ReSoma.BrowserTests.Infrastructure;

/// <summary>One portal, one Playwright driver and one Chromium for the whole collection; each test opens its own context.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    private readonly KestrelPortal _portal = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The portal's services, for journeys that need data the demo seed does not have.</summary>
    public IServiceProvider Services => _portal.Services;

    public async Task InitializeAsync()
    {
        BaseAddress = _portal.Start();
        _playwright = await Playwright.CreateAsync();
        // Debian's Chromium, never a downloaded one; the flags stop it from calling hosts this machine refuses.
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// A fresh visitor (own cookies) at <paramref name="viewport"/>; dispose it at the end of the test. Only axe needs
    /// <paramref name="bypassCsp"/>: everything else runs under the portal's real Content-Security-Policy. Without
    /// <paramref name="javaScript"/>, the visitor sees what a browser without script (or with it blocked) sees.
    /// </summary>
    /// <remarks>A journey on a portal of its own passes that portal's <paramref name="baseAddress"/>.</remarks>
    public async Task<IBrowserContext> NewVisitorAsync(ViewportSize viewport, bool bypassCsp = false, bool javaScript = true, Uri? baseAddress = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = (baseAddress ?? BaseAddress).ToString(),
            ViewportSize = viewport,
            BypassCSP = bypassCsp,
            JavaScriptEnabled = javaScript,
        });
        context.SetDefaultTimeout(10_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await _portal.DisposeAsync();
    }

    private IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser is not started.");
}
