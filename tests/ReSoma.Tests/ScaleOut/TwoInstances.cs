using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.ScaleOut;

/// <summary>
/// Two portals as separate processes on loopback ports, sharing one SQLite file and one Redis, as they would behind a
/// load balancer. The test process reaches the shared database through <see cref="Database"/>, a portal host whose own
/// background loops are removed so that it is no third instance.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "resoma-scaleout", Guid.NewGuid().ToString("N"));

    public RedisTestServer Redis { get; } = new();

    public DatabaseOnlyFactory Database { get; } = new();

    public PortalInstance A { get; private set; } = null!;

    public PortalInstance B { get; private set; } = null!;

    /// <summary>Where both instances drop the mail they send: one folder, so a message sent twice shows twice.</summary>
    public string MailFolder => Path.Combine(_root, "mail");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(MailFolder);
        Database.Reset(); // migrated, with the demo accounts
        A = new PortalInstance("A", SettingsFor("a"));
        await A.StartAsync();
        B = new PortalInstance("B", SettingsFor("b"));
        await B.StartAsync();
    }

    public Task DisposeAsync()
    {
        A?.Dispose();
        B?.Dispose();
        Database.Dispose();
        Redis.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind at worst.
        }

        return Task.CompletedTask;
    }

    /// <summary>A browser: one cookie jar for both instances (cookies belong to the host, 127.0.0.1, not the port).</summary>
    public (PortalClient OnA, PortalClient OnB) Browser()
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        return (new PortalClient(new HttpClient(handler, disposeHandler: false) { BaseAddress = A.Address }),
            new PortalClient(new HttpClient(handler, disposeHandler: false) { BaseAddress = B.Address }));
    }

    private Dictionary<string, string> SettingsFor(string instance) => new()
    {
        ["Storage:DataPath"] = Path.Combine(_root, instance), // each its own folder (a running portal locks its own)
        ["ConnectionStrings:Sqlite"] = $"Data Source={Database.DatabaseFile}",
        ["Redis:Configuration"] = Redis.Configuration,
        ["Mail:PickupFolder"] = MailFolder,
        ["Mail:QueuePollSeconds"] = "1",
        ["Interviews:PublishEverySeconds"] = "1",
        ["Consultations:RemindEverySeconds"] = "1",
        ["Notifications:EverySeconds"] = "1",
        ["Seed:DemoAccounts"] = "false",
        ["Seed:DemoContent"] = "false",

        // Sign-in limits small enough to reach in a test, per account only (all requests come from 127.0.0.1).
        ["RateLimits:SignIn:PerAccount:PermitLimit"] = SignInsPerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:SignIn:PerAddress:PermitLimit"] = "1000",
        ["RateLimits:SignInFailures:PermitLimit"] = "1000",
    };

    /// <summary>Sign-ins one account may try in the window, counted across both instances.</summary>
    public const int SignInsPerAccount = 4;
}

/// <summary>The shared database, migrated and seeded like every test portal's, with the portal's background loops
/// (registered by factory: mail, publishing, reminders, evictions) taken out.</summary>
public sealed class DatabaseOnlyFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            foreach (var loop in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationFactory is not null).ToList())
            {
                services.Remove(loop);
            }
        });
    }
}
