namespace ReSoma.Web.Data;

/// <summary>The <c>Database</c> section: which provider the portal runs on.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string Sqlite = "Sqlite";
    public const string SqlServer = "SqlServer";

    public string Provider { get; set; } = Sqlite;
}
