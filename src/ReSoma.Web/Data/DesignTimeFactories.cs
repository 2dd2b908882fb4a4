using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ReSoma.Web.Data;

// Used only by `dotnet ef migrations add`: no database is opened, so the connection strings are placeholders.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteReSomaDbContext>
{
    public SqliteReSomaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteReSomaDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerReSomaDbContext>
{
    public SqlServerReSomaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerReSomaDbContext>().UseSqlServer("Server=design-time;Database=ReSoma;").Options);
}
