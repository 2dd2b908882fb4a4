using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Web.Data;

namespace ReSoma.Tests.Infrastructure;

/// <summary>
/// The demo portal on a fixed day (mid-May: consultations open, events ahead), with every SQL command logged per
/// request (<see cref="SqlCommandLog"/>) and the output cache switched off: a budget is what a page costs when it is
/// built — for the first visitor, every signed-in one, and after each eviction.
/// </summary>
public sealed class CountingPortalFactory() : DemoPortalAtFactory(new DateTimeOffset(2027, 5, 15, 10, 0, 0, TimeSpan.Zero))
{
    public SqlCommandLog Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<SqliteReSomaDbContext>(o => o.AddInterceptors(Sql)));
        builder.ConfigureTestServices(services => services.AddSingleton<IOutputCacheStore, NoOutputCache>());
    }

    /// <summary>Stores nothing, so every request is built.</summary>
    private sealed class NoOutputCache : IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
