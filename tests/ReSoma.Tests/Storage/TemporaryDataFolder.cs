using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Tests.Storage;

/// <summary>A data folder of its own in the temp folder, removed again after the test.</summary>
public sealed class TemporaryDataFolder : IDisposable
{
    public TemporaryDataFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), "resoma-tests", "store-" + Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Storage:DataPath", root)]).Build();
        Paths = new DataPaths(configuration, new Environment(Path.GetTempPath()));
    }

    public DataPaths Paths { get; }

    public void Dispose()
    {
        if (Directory.Exists(Paths.Root))
        {
            Directory.Delete(Paths.Root, recursive: true);
        }
    }

    private sealed class Environment(string root) : IWebHostEnvironment
    {
        public string ContentRootPath { get; set; } = root;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
        public string WebRootPath { get; set; } = root;
        public IFileProvider WebRootFileProvider { get; set; } = new NullFileProvider();
        public string ApplicationName { get; set; } = "ReSoma.Tests";
        public string EnvironmentName { get; set; } = "Test";
    }
}
