using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.CommandLine;

namespace ReSoma.Tests.Deployment;

/// <summary>
/// The start order of several instances: <c>migrate</c> migrates and seeds once, and portals started with
/// <c>Database:MigrateAtStart</c> false wait for it (bounded) instead of migrating. Runs the built portal for real.
/// </summary>
public sealed class MigrateCommandTests
{
    private const string AdminEmail = "admin@example.org";

    [Fact]
    public async Task Migrate_builds_a_fresh_SQLite_database_seeds_the_first_admin_and_a_second_run_finds_nothing_to_do()
    {
        using var portal = new WaitingPortalFactory(1); // only for its data folder, removed afterwards
        var first = await MigrateAsync(portal.DataPath);
        Assert.True(first.ExitCode == 0, first.Errors);
        Assert.Contains("none pending", first.Output, StringComparison.Ordinal);

        using (var connection = SqliteFile.Open(portal.DatabaseFile))
        {
            var tables = SqliteFile.Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table'", r => r.GetString(0));
            Assert.Superset(new HashSet<string> { "__EFMigrationsHistory", "AspNetUsers", "AspNetRoles", "Briefs", "Consultations", "SeatPools" }, tables.ToHashSet());
            Assert.True(SqliteFile.Scalar<long>(connection, "SELECT count(*) FROM AspNetRoles") > 0);
            Assert.Equal(1, SqliteFile.Scalar<long>(connection, $"SELECT count(*) FROM AspNetUsers WHERE NormalizedEmail = '{AdminEmail.ToUpperInvariant()}'"));
        }

        await using (var db = new SqliteReSomaDbContext(new DbContextOptionsBuilder<SqliteReSomaDbContext>().UseSqlite($"Data Source={portal.DatabaseFile};Pooling=False").Options))
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }

        var second = await MigrateAsync(portal.DataPath);
        Assert.True(second.ExitCode == 0, second.Errors);
        Assert.Contains(" 0 migration(s) applied", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_exits_non_zero_with_a_clear_message_when_the_database_cannot_be_opened()
    {
        using var portal = new WaitingPortalFactory(1);
        var unreachable = Path.Combine(portal.DataPath, "no-such-folder", "resoma.db");
        var result = await MigrateAsync(portal.DataPath, $"--ConnectionStrings:Sqlite=Data Source={unreachable}");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Migrating the Sqlite database 'main' on '{unreachable}' failed", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_MigrateAtStart_a_portal_on_an_empty_database_stops_with_a_clear_error_once_its_wait_is_over()
    {
        using var portal = new WaitingPortalFactory(1);
        var clock = Stopwatch.StartNew();
        var error = Assert.ThrowsAny<Exception>(() => portal.Services);
        Assert.Contains("Database:MigrateAtStart is false", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("dotnet ReSoma.Web.dll migrate", error.ToString(), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"gave up after {clock.Elapsed}");
    }

    [Fact]
    public async Task Without_MigrateAtStart_a_portal_waits_for_the_migrate_verb_then_starts_on_the_migrated_database()
    {
        using var portal = new WaitingPortalFactory(120);
        var starting = Task.Run(() => portal.Services); // polls while nothing is migrated
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(starting.IsCompleted, "the portal started before the database was migrated");

        var migrate = await MigrateAsync(portal.DataPath);
        Assert.True(migrate.ExitCode == 0, migrate.Errors);
        await starting.WaitAsync(TimeSpan.FromSeconds(60));
        using var client = portal.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Probe_exits_0_on_a_2xx_answer_and_non_zero_otherwise()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.MapGet("/up", () => "ok");
        app.MapGet("/down", () => Results.StatusCode(StatusCodes.Status503ServiceUnavailable));
        await app.StartAsync();
        var address = app.Urls.Single();

        Assert.Equal(0, await PortalCommands.RunAsync(["probe", $"{address}/up"]));
        Assert.Equal(1, await PortalCommands.RunAsync(["probe", $"{address}/down"]));
        await app.StopAsync();
        Assert.Equal(1, await PortalCommands.RunAsync(["probe", $"{address}/up"]));
        Assert.Equal(2, await PortalCommands.RunAsync(["probe", "not-an-address"]));
    }

    private static Task<PortalProcess.Result> MigrateAsync(string dataPath, params string[] settings) =>
        PortalProcess.RunAsync([
            "migrate", $"--Storage:DataPath={dataPath}", "--Site:BaseUrl=http://localhost", "--Seed:DemoContent=false",
            $"--Seed:AdminEmail={AdminEmail}", $"--Seed:AdminPassword={PortalFactory.Password}", .. settings]);

    // A portal started as in the compose file: it does not migrate, and waits at most the given seconds.
    private sealed class WaitingPortalFactory(int waitSeconds) : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Database:MigrateAtStart"] = "false",
            ["Database:WaitForMigrationsSeconds"] = waitSeconds.ToString(CultureInfo.InvariantCulture),
        };
    }
}
