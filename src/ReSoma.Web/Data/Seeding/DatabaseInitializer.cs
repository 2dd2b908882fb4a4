using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// Applies pending migrations (never drops anything), switches SQLite to WAL, then seeds roles, accounts and demo
/// content — each step idempotent, so a second run changes nothing. At every start by default; with
/// <c>Database:MigrateAtStart</c> false only by the <c>migrate</c> command, while the portal waits for it.
/// </summary>
public static class DatabaseInitializer
{
    /// <summary>At start: migrate and seed, or wait until the <c>migrate</c> command has (<see cref="DatabaseOptions.MigrateAtStart"/>).</summary>
    public static Task InitializeDatabaseAsync(this IServiceProvider services) =>
        DatabaseOptions.From(services.GetRequiredService<IConfiguration>()).MigrateAtStart
            ? services.MigrateAndSeedAsync()
            : MigrationWait.UntilAppliedAsync(services);

    public static async Task MigrateAndSeedAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<ReSomaDbContext>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers go on while one writer writes; the mode is stored in the file, so once is enough.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        }

        await SearchIndexBackfill.RunAsync(db);
        await RegistrationCodeBackfill.RunAsync(db);
        await sp.GetRequiredService<RoleSeeder>().SeedAsync();
        await sp.GetRequiredService<AccountSeeder>().SeedAsync();
        var options = sp.GetRequiredService<IOptions<SeedOptions>>().Value;
        if (options.DemoContent ?? sp.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            foreach (var seeder in sp.GetServices<IDemoSeeder>())
            {
                await seeder.SeedAsync();
            }
        }

        if (db.Database.IsSqlite())
        {
            // Without statistics SQLite plans filtered lists from the wrong index (measured in bench/: 650 ms instead
            // of 40 ms at 100,000 briefs). A full ANALYZE takes a fraction of a second; SQL Server keeps its own.
            await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        }
    }

    public static IServiceCollection AddSeeding(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.Section));
        services.AddSingleton<FirstRunReport>();
        services.AddScoped<RoleSeeder>();
        services.AddScoped<AccountSeeder>();
        services.AddScoped<IDemoSeeder, DemoContentSeeder>();
        services.AddScoped<IDemoSeeder, DemoBriefSeeder>();
        services.AddScoped<IDemoSeeder, DemoConsultationSeeder>();
        services.AddScoped<IDemoSeeder, DemoCycleTimelineSeeder>();
        services.AddScoped<IDemoSeeder, DemoInterviewSeeder>();
        services.AddScoped<IDemoSeeder, DemoEventSeeder>();
        services.AddScoped<IDemoSeeder, DemoNewsSeeder>();
        return services;
    }
}
