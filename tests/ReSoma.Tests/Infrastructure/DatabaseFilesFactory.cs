using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Tests.Infrastructure;

/// <summary>The portal with its uploads in the database (<c>Storage:Files=Database</c>), as a scaled-out install runs.</summary>
public sealed class DatabaseFilesFactory : PortalFactory
{
    /// <summary>The data folder's upload folders, which must stay empty with this store.</summary>
    public static readonly string[] UploadFolders = ["brief-pdfs", "news-images", "interview-photos", "contributions"];

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Storage:Files"] = StorageSetup.Database };

    public IEnumerable<string> FilesInUploadFolders() =>
        UploadFolders.Select(f => Path.Combine(DataPath, f)).Where(Directory.Exists).SelectMany(f => Directory.GetFiles(f, "*", SearchOption.AllDirectories));
}
