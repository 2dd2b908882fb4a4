using ReSoma.Web.Data.Backups;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Infrastructure.CommandLine;

/// <summary>
/// The verbs that do one job and exit without starting the web server: <c>backup [path]</c>, <c>restore &lt;path&gt;</c>,
/// <c>probe &lt;url&gt;</c> and <c>migrate</c>. They read the same settings as the portal (appsettings, environment,
/// <c>--Key=value</c>), so they find the same data folder and database. <c>migrate</c> needs the portal's services to
/// seed, so Program runs it once they are built (<see cref="IsMigrate"/>); the others run here, before.
/// </summary>
public static class PortalCommands
{
    public const string Usage = """
        Usage: ReSoma.Web [migrate | backup [path] | restore <path> | probe <url>] [--Setting=value ...]
          migrate          apply pending migrations and seed (roles, first admin, demo content if configured), then exit;
                           for instances started with Database__MigrateAtStart=false, which wait for it
          backup [path]    copy the SQLite database, while the portal runs, to path or to <data folder>/backups/resoma-<UTC time>.db
          restore <path>   replace the SQLite database by the backup at path (stop the portal first; the current database is backed up before)
          probe <url>      GET the address and exit 0 on a 2xx answer (the container's health check)
          (no verb)        run the portal
        """;

    public static bool IsCommand(string[] args) => args is ["backup" or "restore" or "probe", ..];

    /// <summary>The <c>migrate</c> verb, run by Program on the portal's services (<see cref="MigrateCommand"/>).</summary>
    public static bool IsMigrate(string[] args) => args is ["migrate", ..];

    public static async Task<int> RunAsync(string[] args)
    {
        var (operands, settings) = Split(args.Skip(1));
        if (args[0] == "probe")
        {
            return operands is [var url] ? await HealthProbe.RunAsync(url) : UsageError();
        }

        var builder = WebApplication.CreateBuilder(settings);
        var paths = new DataPaths(builder.Configuration, builder.Environment);
        var backups = new SqliteBackups(paths, builder.Configuration, TimeProvider.System);
        switch (args[0], operands)
        {
            case ("backup", [] or [_]):
                if (!backups.IsAvailable)
                {
                    return Fail("The portal runs on SQL Server: use SQL Server's BACKUP DATABASE.");
                }

                if (!File.Exists(backups.LiveFile))
                {
                    return Fail($"There is no database at {backups.LiveFile} to back up. Is Storage__DataPath (or ConnectionStrings__Sqlite) set as for the portal?");
                }

                var made = await backups.MakeAsync(operands.FirstOrDefault());
                Console.WriteLine($"Backup of {backups.LiveFile} written to {made.FullPath} ({made.Bytes:N0} bytes).");
                return 0;
            case ("restore", [var path]):
                var result = await new SqliteRestore(paths, backups).RestoreAsync(path);
                if (!result.Done)
                {
                    return Fail(result.Message);
                }

                Console.WriteLine(result.SavedFirst is { } saved ? $"{result.Message} The database it replaced is kept as {saved.FullPath}." : result.Message);
                return 0;
            default:
                return UsageError();
        }
    }

    private static int UsageError()
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }

    // Settings are --Key=value or --Key value, as the web host takes them; everything else is an operand.
    private static (string[] Operands, string[] Settings) Split(IEnumerable<string> args)
    {
        var operands = new List<string>();
        var settings = new List<string>();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            if (!e.Current.StartsWith("--", StringComparison.Ordinal))
            {
                operands.Add(e.Current);
                continue;
            }

            settings.Add(e.Current);
            if (!e.Current.Contains('=', StringComparison.Ordinal) && e.MoveNext())
            {
                settings.Add(e.Current);
            }
        }

        return (operands.ToArray(), settings.ToArray());
    }
}
