using MimeKit;

namespace ReSoma.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback (Debian's python3-aiosmtpd) that keeps every message in a Maildir, so tests read
/// back exactly what a mail server received. scripts/test.sh installs the package where it is missing.
/// </summary>
public sealed class SmtpTestServer : IDisposable
{
    private readonly string _maildir = Path.Combine(Path.GetTempPath(), "resoma-smtp", Guid.NewGuid().ToString("N"));
    private readonly LoopbackServerProcess _server;
    private bool _disposed;

    public SmtpTestServer()
    {
        // aiosmtpd's Maildir creates its folders only when the path does not exist yet.
        Directory.CreateDirectory(Path.GetDirectoryName(_maildir)!);
        _server = new LoopbackServerProcess(
            "aiosmtpd", "/usr/bin/python3", port => ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", _maildir],
            "install it with: apt-get install python3-aiosmtpd");
    }

    public int Port => _server.Port;

    public IReadOnlyList<MimeMessage> Messages
    {
        get
        {
            var folder = Path.Combine(_maildir, "new");
            return Directory.Exists(folder) ? Directory.GetFiles(folder).Select(f => MimeMessage.Load(f)).OrderBy(m => m.Date).ToList() : [];
        }
    }

    public async Task<IReadOnlyList<MimeMessage>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Messages.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        return Messages;
    }

    public void Clear()
    {
        var folder = Path.Combine(_maildir, "new");
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.GetFiles(folder))
            {
                File.Delete(file);
            }
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _server.Dispose();
        try
        {
            Directory.Delete(_maildir, recursive: true);
        }
        catch (IOException)
        {
            // Leaves a temp folder at worst.
        }
    }
}
