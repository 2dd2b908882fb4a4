using Microsoft.Extensions.DependencyInjection;
using ReSoma.Web.Data;
using ReSoma.Web.Data.Backups;

namespace ReSoma.Tests.Infrastructure;

public static class ServiceProviderExtensions
{
    /// <summary>A DbContext in its own scope, like one request's: dispose the scope when done.</summary>
    public static IServiceScope CreateScopedDb(this IServiceProvider services, out ReSomaDbContext db)
    {
        var scope = services.CreateScope();
        db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        return scope;
    }

    public static SqliteBackups GetBackups(this IServiceProvider services) => services.GetRequiredService<SqliteBackups>();
}
