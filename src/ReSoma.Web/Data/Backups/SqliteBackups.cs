using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Data.Backups;

/// <summary>
/// Consistent copies of the live SQLite file, made while the portal keeps writing, with SQLite's online backup API:
/// the copy is taken in one step inside one read transaction, which in WAL mode neither waits for writers nor holds
/// them up. Backups go to <c>&lt;data folder&gt;/backups/resoma-&lt;UTC time&gt;.db</c>; only names of that form are
/// ever listed or served, so no request can name another file.
/// </summary>
public sealed partial class SqliteBackups(DataPaths paths, IConfiguration configuration, TimeProvider clock)
{
    public const string FolderName = "backups";

    /// <summary>False on SQL Server, which has BACKUP DATABASE of its own.</summary>
    public bool IsAvailable { get; } = !DatabaseOptions.From(configuration).IsSqlServer;

    public string Folder => paths.Folder(FolderName);

    public string LiveFile => new SqliteConnectionStringBuilder(DatabaseSetup.SqliteConnectionString(configuration, paths)).DataSource;

    /// <summary>Makes a backup into <paramref name="target"/>, or a new file in the backups folder.</summary>
    public async Task<BackupFile> MakeAsync(string? target = null, CancellationToken cancellationToken = default)
    {
        if (!IsAvailable)
        {
            throw new InvalidOperationException("The portal runs on SQL Server: use SQL Server's BACKUP DATABASE.");
        }

        if (!File.Exists(LiveFile))
        {
            // Opening it would create an empty database, and the "backup" would be of nothing.
            throw new InvalidOperationException($"There is no database at {LiveFile} to back up.");
        }

        var path = Path.GetFullPath(target ?? NewName());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written under a temporary name and renamed when complete, so a half-written copy is never listed or served.
        var partial = path + ".partial";
        File.Delete(partial);
        await using (var source = Open(LiveFile))
        await using (var copy = Open(partial))
        {
            await source.OpenAsync(cancellationToken);
            await copy.OpenAsync(cancellationToken);
            await ExecuteAsync(source, "PRAGMA busy_timeout = 10000;", cancellationToken);
            source.BackupDatabase(copy);
            // A backup is one self-contained file: the live file's WAL mode would want -wal and -shm files beside it.
            await ExecuteAsync(copy, "PRAGMA journal_mode = DELETE;", cancellationToken);
        }

        File.Move(partial, path, overwrite: target is not null);
        var info = new FileInfo(path);
        return new BackupFile(info.Name, info.Length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero), info.FullName);
    }

    /// <summary>The backups in the backups folder, newest first.</summary>
    public IReadOnlyList<BackupFile> List() =>
        new DirectoryInfo(Folder).EnumerateFiles("resoma-*.db")
            .Where(f => NamePattern().IsMatch(f.Name))
            .Select(f => new BackupFile(f.Name, f.Length, new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero), f.FullName))
            .OrderByDescending(f => f.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>The backup of that exact name in the backups folder, or null for any other name.</summary>
    public BackupFile? Find(string? name) =>
        name is not null && NamePattern().IsMatch(name) ? List().FirstOrDefault(f => f.Name == name) : null;

    private string NewName()
    {
        var stamp = clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var path = Path.Combine(Folder, $"resoma-{stamp}.db");
        // Two backups in the same second get -2, -3...: a backup never overwrites another.
        for (var n = 2; File.Exists(path) || File.Exists(path + ".partial"); n++)
        {
            path = Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"resoma-{stamp}-{n}.db"));
        }

        return path;
    }

    internal static SqliteConnection Open(string file) =>
        new(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, DefaultTimeout = 30 }.ToString());

    internal static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex(@"^resoma-\d{8}T\d{6}Z(-\d{1,4})?\.db$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
