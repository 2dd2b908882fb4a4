using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReSoma.Web.Data;

/// <summary>
/// Sets the per-connection SQLite pragmas: wait for a busy writer instead of failing at once, and enforce foreign
/// keys. WAL mode is a property of the file and is switched on once by <see cref="DatabaseInitializer"/>.
/// </summary>
public sealed class SqlitePragmas : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
