using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data;

/// <summary>The embedded default. Its migrations live in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteReSomaDbContext(DbContextOptions<SqliteReSomaDbContext> options) : ReSomaDbContext(options)
{
    // SQLite stores DateTimeOffset as text and cannot order or compare it; as a sortable integer it can.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Cycle>().HasIndex(c => c.IsCurrent).IsUnique().HasFilter("\"IsCurrent\" = 1");
    }
}
