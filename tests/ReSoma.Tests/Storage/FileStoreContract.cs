using System.Text;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Tests.Storage;

/// <summary>What every <see cref="IFileStore"/> does alike; each store's test class runs these against it.</summary>
public abstract class FileStoreContract
{
    protected abstract IFileStore Store { get; }

    private static string NewKey(string extension = ".pdf") => $"contract/{Guid.NewGuid():N}{extension}";

    private static async Task<byte[]> ReadAllAsync(StoredFileContent file)
    {
        await using var content = file.Content;
        using var copy = new MemoryStream();
        await content.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task A_saved_file_comes_back_with_its_bytes_length_and_type()
    {
        var key = NewKey();
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7 " + new string('x', 100_000));
        await Store.SaveAsync(key, new MemoryStream(bytes), "application/pdf");

        var file = await Store.OpenReadAsync(key);
        Assert.NotNull(file);
        Assert.Equal(bytes.Length, file.Length);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.True(file.Content.CanSeek, "range requests need a seekable stream");
        Assert.Equal(bytes, await ReadAllAsync(file));
        Assert.True(await Store.ExistsAsync(key));
    }

    [Fact]
    public async Task Saving_again_under_a_key_replaces_the_file()
    {
        var key = NewKey(".png");
        await Store.SaveAsync(key, new MemoryStream([1, 2, 3]), "image/png");
        await Store.SaveAsync(key, new MemoryStream([4, 5]), "image/png");
        Assert.Equal([4, 5], await ReadAllAsync((await Store.OpenReadAsync(key))!));
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_is_stored_whole()
    {
        var key = NewKey();
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray();
        await Store.SaveAsync(key, new ForwardOnly(bytes), "application/pdf");
        Assert.Equal(bytes, await ReadAllAsync((await Store.OpenReadAsync(key))!));
    }

    [Fact]
    public async Task A_deleted_file_is_gone_and_deleting_it_again_is_no_error()
    {
        var key = NewKey();
        await Store.SaveAsync(key, new MemoryStream([1]), "application/pdf");
        await Store.DeleteAsync(key);
        Assert.Null(await Store.OpenReadAsync(key));
        Assert.False(await Store.ExistsAsync(key));
        await Store.DeleteAsync(key);
        await Store.DeleteAsync("never-written/x.pdf");
    }

    [Fact]
    public async Task A_missing_key_reads_as_null()
    {
        Assert.Null(await Store.OpenReadAsync(NewKey()));
        Assert.Null(await Store.OpenReadAsync("no-such-folder/x.pdf"));
    }

    [Theory]
    [InlineData("../resoma.db")]
    [InlineData("brief-pdfs/../../secret")]
    [InlineData("/etc/passwd")]
    [InlineData("brief-pdfs\\x.pdf")]
    public async Task A_key_that_leaves_the_store_is_refused_by_every_operation(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SaveAsync(key, new MemoryStream([1]), "application/pdf"));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.DeleteAsync(key));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ExistsAsync(key));
    }

    [Fact]
    public async Task The_probe_passes_on_a_working_store() => await Store.ProbeAsync();

    /// <summary>A network-like stream: no length, no seeking, short reads.</summary>
    private sealed class ForwardOnly(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 1000), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
