using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ReSoma.BrowserTests.Infrastructure;

/// <summary>
/// The portal on a real Kestrel socket (a browser cannot talk to the in-memory TestServer), with its own data folder,
/// the demo cycles and topics, and the Development mail setting that shows confirmation links on screen.
/// </summary>
/// <remarks>Journeys in which time passes give it a clock of their own (a FakeTimeProvider) to move; journeys that
/// read mail give it the settings of a mail server (<paramref name="settings"/>).</remarks>
public sealed class KestrelPortal(TimeProvider? clock = null, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Browser-Test-Passw0rd";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "resoma-browser-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The address Kestrel listens on, ending with a slash, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Start()
    {
        // Port 0 lets the OS pick a free port; Kestrel must be chosen before the factory builds its host.
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault() ?? throw new InvalidOperationException("Kestrel started without an address.");
        return new Uri(address.TrimEnd('/') + "/");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataPath);
        builder.UseEnvironment("Development");
        builder.UseSetting("Storage:DataPath", _dataPath);
        builder.UseSetting("Seed:DemoPassword", DemoPassword);
        builder.UseSetting("Seed:DemoContent", "true");
        builder.UseSetting("Seed:DemoAccounts", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

        // The journeys sign in many times from one address; the limits themselves are tested in ReSoma.Tests.
        foreach (var policy in new[] { "SignIn", "Registration", "AccountMail", "SeatRegistration", "Contributions" })
        {
            builder.UseSetting($"RateLimits:{policy}:PerAddress:PermitLimit", "1000000");
            builder.UseSetting($"RateLimits:{policy}:PerAccount:PermitLimit", "1000000");
        }

        builder.UseSetting("RateLimits:SignInFailures:PermitLimit", "1000000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (clock is not null)
        {
            builder.ConfigureTestServices(s => s.AddSingleton(clock));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind; nothing to fail a test run over.
        }
    }
}
