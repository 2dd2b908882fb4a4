using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data.Backups;
using ReSoma.Web.Infrastructure.Audit;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Search;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Data;

public static class DatabaseSetup
{
    /// <summary>
    /// Registers <see cref="ReSomaDbContext"/> on the provider named by <c>Database:Provider</c>. Contexts are pooled:
    /// the options and interceptors are built once, and a request reuses a context instead of building one (the
    /// profile of issue 13 showed context set-up on every request). The context keeps no state of its own, so a
    /// reused one is as new.
    /// </summary>
    public static IServiceCollection AddReSomaDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton<PublicationAudit>();
        services.AddScoped<AuditTrail>();
        var options = DatabaseOptions.From(configuration);
        var provider = options.Provider;
        if (options.IsSqlServer)
        {
            var connectionString = configuration.GetConnectionString(DatabaseOptions.SqlServer);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is empty.");
            }

            services.AddDbContextPool<ReSomaDbContext, SqlServerReSomaDbContext>((sp, o) => o.UseSqlServer(connectionString, s => s.EnableRetryOnFailure())
                .AddInterceptors(sp.GetRequiredService<SearchTextInterceptor>(), sp.GetRequiredService<CacheEviction>(), sp.GetRequiredService<PublicationAudit>()));
        }
        else if (string.Equals(provider, DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContextPool<ReSomaDbContext, SqliteReSomaDbContext>((sp, o) =>
                o.UseSqlite(SqliteConnectionString(configuration, sp.GetRequiredService<DataPaths>()))
                 .AddInterceptors(new SqlitePragmas(options.BusyTimeoutSeconds * 1000), sp.GetRequiredService<SearchTextInterceptor>(), sp.GetRequiredService<CacheEviction>(), sp.GetRequiredService<PublicationAudit>())
                 .ConfigureWarnings(w => w.Log(SqliteFaults.QuietFailures)));
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider '{provider}' is not known; use Sqlite or SqlServer.");
        }

        services.AddSingleton<SqliteBackups>();
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

        // Microsoft.Data.Sqlite retries a busy statement until this command timeout; SQLite's own busy_timeout
        // (SqlitePragmas) waits inside a statement. Both get the same figure, so the wait has one meaning.
        builder.DefaultTimeout = DatabaseOptions.From(configuration).BusyTimeoutSeconds;
        return builder.ToString();
    }
}
