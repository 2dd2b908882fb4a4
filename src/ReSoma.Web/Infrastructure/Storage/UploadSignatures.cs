namespace ReSoma.Web.Infrastructure.Storage;

/// <summary>What an upload's first bytes say it is, whatever its name or declared type says.</summary>
public static class UploadSignatures
{
    public static async Task<bool> StartsWithAsync(IFormFile file, byte[] signature, CancellationToken cancellationToken)
    {
        await using var upload = file.OpenReadStream();
        var head = new byte[signature.Length];
        var read = await upload.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        return read == head.Length && head.AsSpan().SequenceEqual(signature);
    }
}
