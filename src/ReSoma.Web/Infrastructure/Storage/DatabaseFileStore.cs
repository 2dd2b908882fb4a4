using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Storage;

/// <summary>
/// Files as rows of the database every instance already shares (<see cref="StoredFile"/>), for a portal run on several
/// machines with no shared disk. Each call uses a context of its own: a file is saved at once, never with whatever a
/// feature's context has pending (the features save their row after the file, as they do on disk).
/// </summary>
/// <remarks>A file is read into one array and served from it: uploads are at most a few megabytes (the features'
/// limits), and nothing copies the array again.</remarks>
public sealed class DatabaseFileStore(IServiceScopeFactory scopes, TimeProvider clock) : IFileStore
{
    public async Task SaveAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        FileKeys.Checked(key);
        var bytes = await ReadAllAsync(content, cancellationToken);
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var replaced = await db.StoredFiles.Where(f => f.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.Content, bytes).SetProperty(f => f.Length, bytes.LongLength)
            .SetProperty(f => f.ContentType, contentType).SetProperty(f => f.CreatedAt, now), cancellationToken);
        if (replaced == 0)
        {
            db.StoredFiles.Add(new StoredFile { Key = key, Content = bytes, Length = bytes.LongLength, ContentType = contentType, CreatedAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<StoredFileContent?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        FileKeys.Checked(key);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var file = await db.StoredFiles.AsNoTracking().Where(f => f.Key == key)
            .Select(f => new { f.Content, f.ContentType, f.CreatedAt })
            .FirstOrDefaultAsync(cancellationToken);
        return file is null ? null : new(new MemoryStream(file.Content, writable: false), file.Content.LongLength, file.ContentType, file.CreatedAt);
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        FileKeys.Checked(key);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReSomaDbContext>().StoredFiles.Where(f => f.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
    {
        FileKeys.Checked(key);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReSomaDbContext>().StoredFiles.AnyAsync(f => f.Key == key, cancellationToken);
    }

    /// <summary>The table answers: one indexed look-up, no file content read.</summary>
    public async Task ProbeAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReSomaDbContext>().StoredFiles.Select(f => f.Id).FirstOrDefaultAsync(cancellationToken);
    }

    // An upload's stream knows its length: one array of that size, filled once (a MemoryStream would copy it again).
    private static async Task<byte[]> ReadAllAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content.CanSeek)
        {
            var bytes = new byte[content.Length - content.Position];
            await content.ReadExactlyAsync(bytes, cancellationToken);
            return bytes;
        }

        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
