using Microsoft.Data.Sqlite;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Data.Backups;

/// <summary>
/// Puts a backup in place of the live SQLite file. Only while the portal is stopped: a running portal keeps pooled
/// connections and a WAL file that would carry on from the old database. The backup must be a SQLite file that passes
/// <c>PRAGMA integrity_check</c> and holds the portal's migration history. The live database is first saved as a
/// backup of its own, so a restore can be undone.
/// </summary>
public sealed class SqliteRestore(DataPaths paths, SqliteBackups backups)
{
    public sealed record Result(bool Done, string Message, BackupFile? SavedFirst = null);

    public async Task<Result> RestoreAsync(string backupPath, CancellationToken cancellationToken = default)
    {
        if (!backups.IsAvailable)
        {
            return new(false, "The portal runs on SQL Server: restore with SQL Server's RESTORE DATABASE.");
        }

        if (RunningPortal.IsRunning(paths.Root))
        {
            return new(false, $"A portal is running on {paths.Root}. Stop it first, then restore.");
        }

        var source = Path.GetFullPath(backupPath);
        if (!File.Exists(source))
        {
            return new(false, $"There is no file {source}.");
        }

        if (await CheckAsync(source, cancellationToken) is { } problem)
        {
            return new(false, $"{source} cannot be restored: {problem}");
        }

        var live = backups.LiveFile;
        var savedFirst = File.Exists(live) && await CheckAsync(live, cancellationToken) is null ? await backups.MakeAsync(cancellationToken: cancellationToken) : null;

        // The copy lands beside the live file first, so the live file is replaced in one rename. The old WAL and
        // shared-memory files go before it: SQLite would otherwise replay the old database's log onto the restored one.
        var incoming = live + ".restoring";
        File.Copy(source, incoming, overwrite: true);
        File.Delete(live + "-wal");
        File.Delete(live + "-shm");
        File.Move(incoming, live, overwrite: true);
        return new(true, $"Restored {source} to {live}.", savedFirst);
    }

    /// <summary>Null when the file is a sound SQLite database of the portal, otherwise what is wrong with it.</summary>
    public static async Task<string?> CheckAsync(string file, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = SqliteBackups.Open(file);
            await connection.OpenAsync(cancellationToken);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            var verdict = (string?)await check.ExecuteScalarAsync(cancellationToken);
            if (verdict != "ok")
            {
                return $"PRAGMA integrity_check says: {verdict}";
            }

            check.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';";
            return (long)(await check.ExecuteScalarAsync(cancellationToken))! == 1 ? null : "it is a SQLite database, but not the portal's (no migration history).";
        }
        catch (SqliteException e)
        {
            return $"it is not a readable SQLite database ({e.Message}).";
        }
    }
}
