using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ReSoma.Tests.Infrastructure;

/// <summary>Another process's hold on the portal's SQLite file, as a long writer, a copy tool or a backup would take it.</summary>
public static class SqliteLock
{
    /// <summary>BEGIN EXCLUSIVE on a connection of its own: in WAL mode that stops writers; with
    /// <paramref name="readersToo"/> the connection also takes the file in exclusive locking mode, which stops readers.
    /// Disposing the connection lets go.</summary>
    public static async Task<SqliteConnection> ExclusiveAsync(PortalFactory factory, bool readersToo)
    {
        var locker = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = factory.DatabaseFile, Pooling = false, DefaultTimeout = 10 }.ToString());
        await locker.OpenAsync();
        if (readersToo)
        {
            // In WAL mode readers pass a writer, so only a connection in exclusive locking mode shuts them out. It must
            // be the file's only connection to get that lock: the portal's idle pooled connections are closed first.
            using var portal = new SqliteConnection(factory.WithDb(db => db.Database.GetConnectionString()));
            SqliteConnection.ClearPool(portal);
            await Execute(locker, "PRAGMA locking_mode = EXCLUSIVE;");
        }

        // Waits (up to the timeout above) for a background loop of the portal that may be reading just now.
        await Execute(locker, "BEGIN EXCLUSIVE;");
        if (readersToo)
        {
            // The exclusive file lock is taken at the first read and kept until the connection closes.
            await Execute(locker, "SELECT count(*) FROM Consultations;");
        }

        return locker;
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
