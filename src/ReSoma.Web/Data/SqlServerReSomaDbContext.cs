using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data;

/// <summary>The production provider. Its migrations live in <c>Data/Migrations/SqlServer</c>.</summary>
public sealed class SqlServerReSomaDbContext(DbContextOptions<SqlServerReSomaDbContext> options) : ReSomaDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Cycle>().HasIndex(c => c.IsCurrent).IsUnique().HasFilter("[IsCurrent] = 1");
    }
}
