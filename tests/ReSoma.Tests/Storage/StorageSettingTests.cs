using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Tests.Storage;

public sealed class StorageSettingTests
{
    private sealed class UnknownStoreFactory : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Storage:Files"] = "FloppyDisk" };
    }

    [Fact]
    public void An_unknown_file_store_stops_the_portal_at_start()
    {
        using var factory = new UnknownStoreFactory();
        var error = Assert.Throws<InvalidOperationException>(() => factory.Services);
        Assert.Equal("Storage:Files 'FloppyDisk' is not known; use FileSystem or Database.", error.Message);
    }

    [Fact]
    public void The_file_system_is_the_default()
    {
        using var factory = new PortalFactory();
        Assert.IsType<FileSystemFileStore>(factory.Services.GetRequiredService<IFileStore>());
    }
}
