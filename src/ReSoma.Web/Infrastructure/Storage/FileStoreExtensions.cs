namespace ReSoma.Web.Infrastructure.Storage;

public static class FileStoreExtensions
{
    /// <summary>
    /// Removes a file the portal no longer uses (replaced, or written for a save that failed). A failure is only
    /// logged: a file left over harms nobody, an error here would undo nothing. Not cancellable, as it tidies up
    /// after work that is already done.
    /// </summary>
    public static async Task DeleteQuietlyAsync(this IFileStore store, string folder, string? name, ILogger logger)
    {
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        try
        {
            await store.DeleteAsync(FileKeys.Of(folder, name), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not delete the stored file {Name} in {Folder}", name, folder);
        }
    }
}
