using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReSoma.Web.Data;

/// <summary>
/// Sets the per-connection SQLite pragmas: wait for a busy writer instead of failing at once, and enforce foreign
/// keys. WAL mode is a property of the file and is switched on once by <see cref="Seeding.DatabaseInitializer"/>.
/// </summary>
public sealed class SqlitePragmas(int busyTimeoutMilliseconds = SqlitePragmas.DefaultBusyTimeoutMilliseconds) : DbConnectionInterceptor
{
    public const int DefaultBusyTimeoutMilliseconds = 10_000;

    /// <summary>The default, kept under its old name for the benchmarks that build their own contexts.</summary>
    public const int BusyTimeoutMilliseconds = DefaultBusyTimeoutMilliseconds;

    private readonly string _pragmas = string.Create(CultureInfo.InvariantCulture,
        $"PRAGMA busy_timeout = {Math.Max(0, busyTimeoutMilliseconds)}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }
}
