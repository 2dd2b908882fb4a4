namespace ReSoma.Web.Infrastructure.Storage;

/// <summary>A stored file opened for reading. Whoever takes it disposes <see cref="Content"/> (a file result does).</summary>
public sealed record StoredFileContent(Stream Content, long Length, string ContentType, DateTimeOffset LastModified);

/// <summary>
/// Where uploaded files live, by key (<c>brief-pdfs/3f2c….pdf</c>, see <see cref="FileKeys"/>): the data folder on this
/// machine (<see cref="FileSystemFileStore"/>, the default) or the shared database (<see cref="DatabaseFileStore"/>), so
/// that several instances need no shared disk. Chosen by <c>Storage:Files</c> (<see cref="StorageSetup"/>).
/// </summary>
public interface IFileStore
{
    /// <summary>Stores the content under the key, replacing what was there.</summary>
    Task SaveAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <returns>The file, or null when there is none under the key.</returns>
    Task<StoredFileContent?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Removes the file; a key with no file is no error.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Throws when the store cannot be used now (for <see cref="FileStoreHealthCheck"/>).</summary>
    Task ProbeAsync(CancellationToken cancellationToken = default);
}
