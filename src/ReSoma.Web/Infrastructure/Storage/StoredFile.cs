namespace ReSoma.Web.Infrastructure.Storage;

/// <summary>One uploaded file kept in the database by <see cref="DatabaseFileStore"/>.</summary>
public sealed class StoredFile
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Length { get; set; }
    public byte[] Content { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}
