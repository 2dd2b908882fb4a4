using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Tests.Storage;

public sealed class FileSystemFileStoreTests : FileStoreContract, IDisposable
{
    private readonly TemporaryDataFolder _folder = new();
    private readonly FileSystemFileStore _store;

    public FileSystemFileStoreTests() => _store = new FileSystemFileStore(_folder.Paths);

    protected override IFileStore Store => _store;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_key_is_the_path_under_the_data_folder_where_uploads_always_were()
    {
        // An install from before the store: its files are found where the portal put them.
        Directory.CreateDirectory(Path.Combine(_folder.Paths.Root, "brief-pdfs"));
        await File.WriteAllBytesAsync(Path.Combine(_folder.Paths.Root, "brief-pdfs", "old.pdf"), [1, 2]);
        await using (var old = (await _store.OpenReadAsync("brief-pdfs/old.pdf"))!.Content)
        {
            Assert.Equal(2, old.Length);
        }

        await _store.SaveAsync("news-images/new.png", new MemoryStream([3]), "image/png");
        Assert.Equal([3], await File.ReadAllBytesAsync(Path.Combine(_folder.Paths.Root, "news-images", "new.png")));
        Assert.Equal(["new.png"], Directory.GetFiles(Path.Combine(_folder.Paths.Root, "news-images")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task The_health_check_is_healthy_and_leaves_no_probe_behind()
    {
        var result = await new FileStoreHealthCheck(_store).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Empty(Directory.GetFileSystemEntries(_folder.Paths.Root));
    }

    [Fact]
    public async Task The_health_check_is_unhealthy_when_the_data_folder_is_gone()
    {
        Directory.Delete(_folder.Paths.Root, recursive: true);
        var result = await new FileStoreHealthCheck(_store).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("is missing", result.Description, StringComparison.Ordinal);
    }
}
