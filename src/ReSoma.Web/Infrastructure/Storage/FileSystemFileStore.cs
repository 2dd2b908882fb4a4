using Microsoft.AspNetCore.StaticFiles;

namespace ReSoma.Web.Infrastructure.Storage;

/// <summary>
/// Files under the data folder, a key's segments as folders: <c>brief-pdfs/x.pdf</c> is <c>App_Data/brief-pdfs/x.pdf</c>,
/// where the portal has always kept its uploads, so an existing install keeps its files. A file keeps no metadata of
/// its own: its type comes back from its name's extension (the features keep the type they checked in their rows).
/// </summary>
public sealed class FileSystemFileStore(DataPaths paths) : IFileStore
{
    private static readonly FileExtensionContentTypeProvider Types = new();

    public async Task SaveAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // Written aside, then moved into place: a reader never sees half a file.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(target, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<StoredFileContent?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            var type = Types.TryGetContentType(path, out var known) ? known : "application/octet-stream";
            return Task.FromResult<StoredFileContent?>(new(stream, stream.Length, type, File.GetLastWriteTimeUtc(path)));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<StoredFileContent?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            File.Delete(PathOf(key)); // no error when the folder has no such file...
        }
        catch (DirectoryNotFoundException)
        {
            // ...nor when there is no folder either
        }

        return Task.CompletedTask;
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(File.Exists(PathOf(key)));

    /// <summary>The data folder exists and takes a file.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(paths.Root))
        {
            throw new DirectoryNotFoundException($"The data folder {paths.Root} is missing.");
        }

        var probe = Path.Combine(paths.Root, ".probe-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllBytesAsync(probe, [1], cancellationToken);
        File.Delete(probe);
    }

    private string PathOf(string key)
    {
        var root = Path.TrimEndingDirectorySeparator(paths.Root);
        var path = Path.GetFullPath(Path.Combine(root, FileKeys.Checked(key).Replace('/', Path.DirectorySeparatorChar)));

        // FileKeys already rules out every way out of the folder; this says so once more, where the path is made.
        return path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new ArgumentException($"\"{key}\" points outside the data folder.", nameof(key));
    }
}
