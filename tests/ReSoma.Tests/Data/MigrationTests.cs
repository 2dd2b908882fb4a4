using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using ReSoma.Web.Data;

namespace ReSoma.Tests.Data;

/// <summary>Both migration chains must keep up with the model, and the SQL Server one must be valid T-SQL.</summary>
public sealed class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_cover_the_whole_model()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = new SqliteReSomaDbContext(new DbContextOptionsBuilder<SqliteReSomaDbContext>().UseSqlite(connection).Options);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run dotnet ef migrations add for SqliteReSomaDbContext.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void SqlServer_migrations_cover_the_whole_model()
    {
        using var db = SqlServer();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed: run dotnet ef migrations add for SqlServerReSomaDbContext.");
        // The chains are generated together, so they have the same number of migrations.
        Assert.Equal(SqliteMigrationCount(), db.Database.GetMigrations().Count());
    }

    [Fact]
    public void SqlServer_idempotent_script_is_valid_TSql()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        Assert.Contains("CREATE TABLE [Cycles]", script, StringComparison.Ordinal);
        Assert.Contains("WHERE [IsCurrent] = 1", script, StringComparison.Ordinal);

        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        var fragment = parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")));
        Assert.NotEmpty(((TSqlScript)fragment).Batches);
    }

    [Fact]
    public void Sqlite_migrations_build_a_database_from_nothing()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new SqliteReSomaDbContext(new DbContextOptionsBuilder<SqliteReSomaDbContext>().UseSqlite(connection).Options);
        db.Database.Migrate();
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal(0, db.Cycles.Count());
    }

    [Fact]
    public void Consultations_from_before_the_draft_state_stay_published_and_new_ones_start_as_drafts()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new SqliteReSomaDbContext(new DbContextOptionsBuilder<SqliteReSomaDbContext>().UseSqlite(connection).Options);
        var migrator = db.GetService<IMigrator>();
        migrator.Migrate(db.Database.GetMigrations().Single(m => m.EndsWith("_AddMailAttachments", StringComparison.Ordinal)));
        Execute(connection, "PRAGMA foreign_keys = OFF;"); // the row alone is what matters, not its topic
        InsertRow(connection, "Consultations", new Dictionary<string, object> { ["Title"] = "Held in 2019", ["Slug"] = "held-in-2019" });

        migrator.Migrate();
        Execute(connection, "PRAGMA foreign_keys = OFF;"); // a migration that rebuilds a table turns the checks back on
        InsertRow(connection, "Consultations", new Dictionary<string, object> { ["Title"] = "New one", ["Slug"] = "new-one" });

        Assert.Equal(1L, Scalar(connection, "SELECT IsPublished FROM Consultations WHERE Slug = 'held-in-2019'"));
        Assert.Equal(0L, Scalar(connection, "SELECT IsPublished FROM Consultations WHERE Slug = 'new-one'"));
        Assert.Equal(DBNull.Value, Scalar(connection, "SELECT PublishAt FROM Consultations WHERE Slug = 'held-in-2019'"));
    }

    // A row as an older schema takes it: the given values, and a zero or empty value in every other required column.
    private static void InsertRow(SqliteConnection connection, string table, Dictionary<string, object> values)
    {
        using (var columns = connection.CreateCommand())
        {
            columns.CommandText = $"PRAGMA table_info({table});";
            using var reader = columns.ExecuteReader();
            while (reader.Read())
            {
                var (name, type, required, hasDefault, key) = (reader.GetString(1), reader.GetString(2), reader.GetInt32(3) == 1, !reader.IsDBNull(4), reader.GetInt32(5) > 0);
                if (required && !hasDefault && !key && !values.ContainsKey(name))
                {
                    values[name] = type.Contains("TEXT", StringComparison.OrdinalIgnoreCase) ? "" : 0;
                }
            }
        }

        using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO {table} ({string.Join(", ", values.Keys)}) VALUES ({string.Join(", ", values.Keys.Select(k => "@" + k))});";
        foreach (var (name, value) in values)
        {
            insert.Parameters.AddWithValue("@" + name, value);
        }

        insert.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static SqlServerReSomaDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerReSomaDbContext>().UseSqlServer("Server=nowhere;Database=ReSoma;").Options);

    private static int SqliteMigrationCount()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = new SqliteReSomaDbContext(new DbContextOptionsBuilder<SqliteReSomaDbContext>().UseSqlite(connection).Options);
        return db.Database.GetMigrations().Count();
    }
}
