using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Data.Seeding;

namespace ReSoma.Web.Infrastructure.CommandLine;

/// <summary>
/// <c>migrate</c>: applies pending migrations and seeds (roles, the first admin from configuration, demo content if
/// configured), then exits. It runs on the portal's own services (Program builds them, then calls this instead of
/// starting), so it seeds exactly as a start with <c>Database:MigrateAtStart</c> would.
/// </summary>
public static class MigrateCommand
{
    public static async Task<int> RunAsync(IServiceProvider services)
    {
        string where;
        int applied;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
            var connection = db.Database.GetDbConnection();
            where = $"{(db.Database.IsSqlServer() ? DatabaseOptions.SqlServer : DatabaseOptions.Sqlite)} database '{connection.Database}' on '{connection.DataSource}'";
            try
            {
                applied = (await db.Database.GetPendingMigrationsAsync()).Count();
                await services.MigrateAndSeedAsync();
            }
            catch (Exception e)
            {
                await Console.Error.WriteLineAsync($"Migrating the {where} failed: {e.GetBaseException().Message}");
                return 1;
            }
        }

        Console.WriteLine($"The {where} is up to date: {applied} migration(s) applied, none pending; roles, accounts and demo content (if configured) seeded.");
        foreach (var line in services.GetRequiredService<FirstRunReport>().Lines)
        {
            Console.WriteLine($"  {line}");
        }

        return 0;
    }
}
