using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Mail;

namespace ReSoma.Tests.Infrastructure;

/// <summary>
/// One portal per test class, on its own SQLite file in a temp folder. The database is migrated and seeded once
/// (roles and the demo accounts), kept as a snapshot, and restored before each test so every test starts alike.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public const string Password = "Test-Passw0rd-123";

    /// <summary>The portal's configured public address: the test client's own, so links in mail can be followed.</summary>
    public const string SiteAddress = "http://localhost";

    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "resoma-tests", Guid.NewGuid().ToString("N"));
    private string? _snapshot;

    public string DataPath => _dataPath;
    public string DatabaseFile => Path.Combine(_dataPath, "resoma.db");
    public string MailFolder => Path.Combine(_dataPath, "mail-pickup");

    /// <summary>Tests sign in hundreds of times from one address as the same few accounts: the limits stay out of the
    /// way except in the tests about them, which set their own.</summary>
    public static IReadOnlyDictionary<string, string> GenerousRateLimits { get; } = new[] { "SignIn", "Registration", "AccountMail", "SeatRegistration", "Contributions" }
        .SelectMany(p => new[] { $"RateLimits:{p}:PerAddress:PermitLimit", $"RateLimits:{p}:PerAccount:PermitLimit" })
        .Append("RateLimits:SignInFailures:PermitLimit")
        .ToDictionary(k => k, _ => "1000000");

    /// <summary>Demo cycles and topics; off by default so each test builds exactly the data it talks about.</summary>
    protected virtual bool SeedDemoContent => false;

    protected virtual string EnvironmentName => "Development";

    /// <summary>Extra settings of a derived factory, applied last.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_dataPath);
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Storage:DataPath", _dataPath);
        builder.UseSetting("Seed:DemoPassword", Password);
        builder.UseSetting("Seed:DemoAccounts", "true");
        builder.UseSetting("Seed:DemoContent", SeedDemoContent ? "true" : "false");
        builder.UseSetting("Mail:ShowLinksOnScreen", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Site:BaseUrl", SiteAddress);
        foreach (var (key, value) in GenerousRateLimits)
        {
            builder.UseSetting(key, value);
        }
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        // Password hashing is deliberately slow in production; tests log in hundreds of times, so they use a
        // cheaper setting. Everything else about Identity stays as it runs for real.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
    }

    /// <summary>Puts the database back to how it was right after start-up, and removes the files tests wrote.</summary>
    public void Reset()
    {
        _ = Services; // starts the host (migrations and seeding) on first use
        if (_snapshot is null)
        {
            // The key ring is in the database: make its first key now, so that it is in the snapshot every test starts from.
            Services.GetDataProtector("snapshot").Protect("key");
            _snapshot = Path.Combine(_dataPath, "snapshot.db");
            Copy(DatabaseFile, _snapshot);
        }
        else
        {
            Copy(_snapshot, DatabaseFile);

            // Idle pooled connections may hold a view of the database from before the restore; start afresh.
            SqliteConnection.ClearAllPools();
        }

        // Pages cached from the data a test left behind (restoring the file is no save the cache hears of).
        var cache = Services.GetRequiredService<IOutputCacheStore>();
        foreach (var tag in CacheTags.All)
        {
            cache.EvictByTagAsync(tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        Services.GetRequiredService<PublicDataCache>().Evict(CacheTags.All);

        // Files a test left behind (mail, uploads, generated PDFs).
        foreach (var folder in Directory.GetDirectories(_dataPath))
        {
            DeleteFolder(folder);
        }
    }

    // The portal's background work (reminders due at a test's fixed clock, for one) may drop a mail into the pickup
    // folder while it is being emptied: try again, a few times.
    private static void DeleteFolder(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>Sends what the mail queue holds now. The portal's own worker may be sending some of it at this moment
    /// (it holds a claim on each message it sends): wait for those too, at most 10 seconds.</summary>
    public void DeliverQueuedMail()
    {
        var delivery = Services.GetRequiredService<MailDelivery>();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            delivery.DeliverDueAsync().GetAwaiter().GetResult();
            if (!WithDb(db => db.QueuedMails.Any(m => m.SentAt == null && m.GivenUpAt == null && m.ClaimedUntil != null)) || DateTime.UtcNow > deadline)
            {
                return;
            }

            Thread.Sleep(20);
        }
    }

    public T WithDb<T>(Func<ReSomaDbContext, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<ReSomaDbContext>());
    }

    public async Task WithDbAsync(Func<ReSomaDbContext, Task> work)
    {
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<ReSomaDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<ReSomaDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ReSomaDbContext>());
    }

    // SQLite's online backup copies a consistent database even while the app holds pooled connections to it. The
    // portal's background loops (reminders, the publishing schedule) may be reading at that moment: then the backup
    // is refused as busy, and tried again a little later (bounded, so a real deadlock still fails the test).
    private static void Copy(string from, string to)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var source = new SqliteConnection($"Data Source={from};Pooling=False");
                using var target = new SqliteConnection($"Data Source={to};Pooling=False");
                source.Open();
                target.Open();
                source.BackupDatabase(target);
                return;
            }
            catch (SqliteException e) when ((e.SqliteErrorCode & 0xFF) is 5 or 6 && attempt < 100)
            {
                Thread.Sleep(20);
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing)
        {
            // The finalizer of a factory whose construction failed (a derived factory's field threw before this
            // class's fields were set): nothing of ours to clean up.
            return;
        }

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

/// <summary>The portal with the first-run demo content, seeded on the real clock: 2018 and 2019 as archive, this year's
/// cycle current (see <see cref="DemoPortalAtFactory"/> for a chosen day).</summary>
public sealed class DemoPortalFactory : PortalFactory
{
    protected override bool SeedDemoContent => true;
}
