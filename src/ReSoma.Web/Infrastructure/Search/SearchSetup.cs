using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Search;

public static class SearchSetup
{
    /// <summary>The full-text implementation of the configured provider (one query class per provider), the
    /// interceptor the database registers for search documents.</summary>
    public static IServiceCollection AddFullTextSearch(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SearchTextInterceptor>();
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseOptions.Sqlite;
        return string.Equals(provider, DatabaseOptions.SqlServer, StringComparison.OrdinalIgnoreCase)
            ? services.AddSingleton<IFullTextSearch, SqlServerFullTextSearch>()
            : services.AddSingleton<IFullTextSearch, SqliteFullTextSearch>();
    }
}
