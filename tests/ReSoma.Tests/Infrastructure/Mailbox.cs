using System.Text.RegularExpressions;
using MimeKit;

namespace ReSoma.Tests.Infrastructure;

/// <summary>The mail the portal sent, read back from its pickup folder with MimeKit. Mail leaves through the queue:
/// <paramref name="deliverQueued"/> sends what it holds before the folder is read.</summary>
public sealed partial class Mailbox(string folder, Action? deliverQueued = null)
{
    public IReadOnlyList<MimeMessage> Messages => Read();

    private IReadOnlyList<MimeMessage> Read()
    {
        deliverQueued?.Invoke();
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Order().Select(Load).ToList()
            : [];
    }

    public IReadOnlyList<MimeMessage> To(string address) =>
        Messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    // A background loop of the portal (reminders) may still be writing a message while a test reads the folder;
    // the writer holds the file open, so reading waits for it (bounded, so a stuck writer still fails the test).
    private static MimeMessage Load(string file)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return MimeMessage.Load(file);
            }
            catch (IOException) when (attempt < 100)
            {
                Thread.Sleep(20);
            }
        }
    }

    /// <summary>The first link in the text body that contains <paramref name="pathPart"/>, as a path and query.</summary>
    public static string LinkIn(MimeMessage message, string pathPart)
    {
        var match = LinkPattern().Matches(message.TextBody ?? "").Select(m => m.Value).First(l => l.Contains(pathPart, StringComparison.Ordinal));
        return new Uri(match).PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
