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

    private static SqlServerReSomaDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerReSomaDbContext>().UseSqlServer("Server=nowhere;Database=ReSoma;").Options);

    private static int SqliteMigrationCount()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = new SqliteReSomaDbContext(new DbContextOptionsBuilder<SqliteReSomaDbContext>().UseSqlite(connection).Options);
        return db.Database.GetMigrations().Count();
    }
}
