namespace ReSoma.Web.Data;

/// <summary>The <c>Database</c> section: which provider the portal runs on, how long SQLite waits for a lock, and
/// whether the portal migrates its database at start or waits for the <c>migrate</c> command to have done it.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    public string Provider { get; set; } = Sqlite;

    /// <summary>How long a request waits for another connection's lock on the SQLite file before it gives up
    /// (and the visitor sees the "busy" page). Long enough for any write the portal makes.</summary>
    public int BusyTimeoutSeconds { get; set; } = SqlitePragmas.DefaultBusyTimeoutMilliseconds / 1000;

    /// <summary>True (the default): every start applies pending migrations and seeds, as the embedded SQLite portal
    /// needs. False when several instances share one database: the <c>migrate</c> command does it once, and each
    /// instance waits until no migration is pending (docs/decisions/0027-compose-and-migrations.md).</summary>
    public bool MigrateAtStart { get; set; } = true;

    /// <summary>How long an instance that does not migrate waits for the migrations before it gives up.</summary>
    public int WaitForMigrationsSeconds { get; set; } = 120;

    public static DatabaseOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

    public bool IsSqlServer => string.Equals(Provider, SqlServer, StringComparison.OrdinalIgnoreCase);
}
