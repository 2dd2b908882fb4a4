using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ReSoma.Web.Data;

/// <summary>
/// Sets the per-connection SQLite pragmas: wait for a busy writer instead of failing at once, enforce foreign
/// keys, and sync at WAL checkpoints only. WAL mode is a property of the file and is switched on once by
/// <see cref="Seeding.DatabaseInitializer"/>.
/// </summary>
/// <remarks>
/// Pragmas belong to the native connection, which Microsoft.Data.Sqlite pools and hands out again on every
/// <c>Open</c>; EF opens one for each query. They are therefore set once per native connection (its handle), not on
/// every open: the profile of issue 13 showed a pragma statement per query.
/// </remarks>
public sealed class SqlitePragmas(int busyTimeoutMilliseconds = SqlitePragmas.DefaultBusyTimeoutMilliseconds) : DbConnectionInterceptor
{
    public const int DefaultBusyTimeoutMilliseconds = 10_000;

    /// <summary>The default, kept under its old name for the benchmarks that build their own contexts.</summary>
    public const int BusyTimeoutMilliseconds = DefaultBusyTimeoutMilliseconds;

    private static readonly object Done = new();

    private readonly ConditionalWeakTable<object, object> _configured = [];

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
        // Without a native handle to remember (another provider, a wrapper), set them every time as before.
        object? native = (connection as SqliteConnection)?.Handle;
        if (native is not null && _configured.TryGetValue(native, out _))
        {
            return;
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
        }

        if (native is not null)
        {
            _configured.AddOrUpdate(native, Done);
        }
    }
}
