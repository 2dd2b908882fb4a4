namespace ReSoma.Web.Data;

/// <summary>The <c>Database</c> section: which provider the portal runs on, and how long SQLite waits for a lock.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    public string Provider { get; set; } = Sqlite;

    /// <summary>How long a request waits for another connection's lock on the SQLite file before it gives up
    /// (and the visitor sees the "busy" page). Long enough for any write the portal makes.</summary>
    public int BusyTimeoutSeconds { get; set; } = SqlitePragmas.DefaultBusyTimeoutMilliseconds / 1000;

    public static DatabaseOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

    public bool IsSqlServer => string.Equals(Provider, SqlServer, StringComparison.OrdinalIgnoreCase);
}
