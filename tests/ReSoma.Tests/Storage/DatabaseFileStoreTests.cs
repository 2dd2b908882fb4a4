using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Tests.Storage;

public sealed class DatabaseFileStoreTests(DatabaseFilesFactory factory) : FileStoreContract, IClassFixture<DatabaseFilesFactory>
{
    protected override IFileStore Store { get; } = factory.Services.GetRequiredService<IFileStore>();

    [Fact]
    public async Task Files_are_rows_and_nothing_lands_in_the_data_folder()
    {
        Assert.IsType<DatabaseFileStore>(Store);
        var key = $"brief-pdfs/{Guid.NewGuid():N}.pdf";
        await Store.SaveAsync(key, new MemoryStream([1, 2, 3]), "application/pdf");

        var row = await factory.WithDbAsync(db => db.StoredFiles.AsNoTracking().SingleAsync(f => f.Key == key));
        Assert.Equal(3, row.Length);
        Assert.Empty(factory.FilesInUploadFolders());
        Assert.False(Directory.Exists(Path.Combine(factory.DataPath, "contract")));
    }

    [Fact]
    public async Task The_health_check_is_healthy_on_the_portal_database()
    {
        var result = await new FileStoreHealthCheck(Store).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Healthy, result.Status);
    }

    [Fact]
    public async Task The_health_check_is_unhealthy_when_the_table_is_not_there()
    {
        // A database the migrations never ran on, in memory.
        var services = new ServiceCollection()
            .AddDbContext<ReSomaDbContext, SqliteReSomaDbContext>(o => o.UseSqlite("Data Source=:memory:"))
            .BuildServiceProvider();
        await using (services)
        {
            var store = new DatabaseFileStore(services.GetRequiredService<IServiceScopeFactory>(), TimeProvider.System);
            var result = await new FileStoreHealthCheck(store).CheckHealthAsync(new HealthCheckContext());
            Assert.Equal(HealthStatus.Unhealthy, result.Status);
            Assert.Contains("StoredFiles", result.Description, StringComparison.Ordinal);
        }
    }
}
