using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Data;

public sealed class SqliteSettingsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Database_file_is_in_the_data_folder_in_WAL_mode_with_a_busy_timeout()
    {
        Assert.True(File.Exists(Factory.DatabaseFile));
        var (journal, timeout, foreignKeys) = await Factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            return (Scalar(connection, "PRAGMA journal_mode"), Scalar(connection, "PRAGMA busy_timeout"), Scalar(connection, "PRAGMA foreign_keys"));
        });
        Assert.Equal("wal", journal);
        Assert.Equal("10000", timeout);
        Assert.Equal("1", foreignKeys);
    }

    // SQLite rebuilds a table to add a foreign key, and the rebuilt table loses its triggers: the full-text index
    // would silently stop following the content. Every migration chain must end with all three in place.
    [Fact]
    public async Task The_search_index_triggers_survive_every_migration()
    {
        var triggers = await Factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            return Scalar(db.Database.GetDbConnection(), "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'SearchDocuments' ORDER BY name)");
        });
        Assert.Equal("SearchDocuments_AfterDelete,SearchDocuments_AfterInsert,SearchDocuments_AfterUpdate", triggers);
    }

    private static string Scalar(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
