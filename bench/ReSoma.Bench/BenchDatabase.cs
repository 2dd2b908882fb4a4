using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Bench;

/// <summary>A throw-away SQLite file set up as the portal sets up its own: same pragmas, migrations and WAL.</summary>
public sealed class BenchDatabase : IDisposable
{
    private readonly bool _keep;

    private BenchDatabase(string path, bool keep)
    {
        Path = path;
        _keep = keep;
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            DefaultTimeout = SqlitePragmas.BusyTimeoutMilliseconds / 1000,
        };
        ConnectionString = connection.ToString();
        Options = new DbContextOptionsBuilder<SqliteReSomaDbContext>()
            .UseSqlite(ConnectionString)
            .AddInterceptors(new SqlitePragmas())
            .Options;
    }

    public string Path { get; }

    public string ConnectionString { get; }

    /// <summary>Built once, as the app's container does; every context made from it is a "request".</summary>
    public DbContextOptions<SqliteReSomaDbContext> Options { get; }

    public static async Task<BenchDatabase> CreateAsync(bool keep)
    {
        var database = new BenchDatabase(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"resoma-bench-{Guid.NewGuid():N}.db"), keep);
        await using var db = database.NewContext();
        await db.Database.MigrateAsync();
        // As DatabaseInitializer does at start-up: WAL is stored in the file, so once is enough.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;");
        return database;
    }

    public SqliteReSomaDbContext NewContext() => new(Options);

    /// <summary>
    /// A connection for bulk inserts, outside the pool: no fsync (a throw-away file needs no durability) and a large
    /// page cache, so seeding time is insert and indexing work rather than the disk's. Being unpooled, these settings
    /// never reach the connections that the measured requests use.
    /// </summary>
    public async Task<SqliteConnection> OpenBulkConnectionAsync()
    {
        var connection = new SqliteConnection(ConnectionString + ";Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys = ON; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>A context on an open connection that the caller owns.</summary>
    public static SqliteReSomaDbContext NewContext(SqliteConnection connection) =>
        new(new DbContextOptionsBuilder<SqliteReSomaDbContext>().UseSqlite(connection).Options);

    public SqliteReSomaDbContext NewContext(QueryRecorder recorder) =>
        new(new DbContextOptionsBuilder<SqliteReSomaDbContext>(Options).AddInterceptors(recorder).Options);

    /// <summary>SQLite's plan for a recorded command, one indented line per step.</summary>
    public async Task<IReadOnlyList<string>> QueryPlanAsync(RecordedCommand recorded)
    {
        await using var db = NewContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + recorded.Sql;
        foreach (var (name, value) in recorded.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var depth = new Dictionary<long, int> { [0] = 0 };
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var level = depth.GetValueOrDefault(reader.GetInt64(1)) + 1;
            depth[reader.GetInt64(0)] = level;
            lines.Add(new string(' ', 2 * level) + reader.GetString(3));
        }

        return lines;
    }

    /// <summary>Statistics for the query planner, as <c>DatabaseInitializer</c> gathers them when the portal starts.</summary>
    public async Task AnalyzeAsync()
    {
        await using var connection = await OpenBulkConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "ANALYZE;";
        await command.ExecuteNonQueryAsync();
    }

    public async Task<string> SqliteVersionAsync()
    {
        await using var db = NewContext();
        return await db.Database.SqlQueryRaw<string>("SELECT sqlite_version() AS Value").SingleAsync();
    }

    /// <summary>The file's size once the WAL is folded back into it, so sizes at different points compare.</summary>
    public async Task<long> CheckpointedSizeAsync()
    {
        await using (var db = NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        return new FileInfo(Path).Length;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (_keep)
        {
            return;
        }

        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
