using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Infrastructure.Audit;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Data;

public static class DatabaseSetup
{
    /// <summary>Registers <see cref="ReSomaDbContext"/> on the provider named by <c>Database:Provider</c>.</summary>
    public static IServiceCollection AddReSomaDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<PublicationAudit>();
        services.AddScoped<AuditTrail>();
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseOptions.Sqlite;
        if (string.Equals(provider, DatabaseOptions.SqlServer, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(DatabaseOptions.SqlServer);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is empty.");
            }

            services.AddDbContext<ReSomaDbContext, SqlServerReSomaDbContext>((sp, o) => o.UseSqlServer(connectionString, s => s.EnableRetryOnFailure())
                .AddInterceptors(sp.GetRequiredService<PublicationAudit>()));
        }
        else if (string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContext<ReSomaDbContext, SqliteReSomaDbContext>((sp, o) =>
                o.UseSqlite(SqliteConnectionString(configuration, sp.GetRequiredService<DataPaths>()))
                 .AddInterceptors(new SqlitePragmas(), sp.GetRequiredService<PublicationAudit>()));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not known; use Sqlite or SqlServer.");
        }

        return services;
    }

    /// <summary>The configured SQLite connection, or a file <c>resoma.db</c> in the data folder.</summary>
    public static string SqliteConnectionString(IConfiguration configuration, DataPaths paths)
    {
        var configured = configuration.GetConnectionString(DatabaseOptions.Sqlite);
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "" : configured);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            builder.DataSource = Path.Combine(paths.Root, "resoma.db");
        }

        builder.DefaultTimeout = SqlitePragmas.BusyTimeoutMilliseconds / 1000;
        return builder.ToString();
    }
}
