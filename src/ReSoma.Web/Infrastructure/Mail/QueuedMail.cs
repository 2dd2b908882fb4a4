namespace ReSoma.Web.Infrastructure.Mail;

/// <summary>
/// One message waiting in the database for the mail worker (<see cref="MailDelivery"/>). A worker claims it for a while
/// (<see cref="ClaimedUntil"/>) so that no other instance sends it at the same time; a failed attempt waits longer each
/// time (<see cref="RetryDelay"/>) and, after <see cref="MaxAttempts"/>, the message is given up.
/// </summary>
public sealed class QueuedMail
{
    public const int MaxAttempts = 8;

    /// <summary>Long enough for one SMTP conversation (its timeout is shorter), short enough that a crashed worker's claim passes soon.</summary>
    public static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan[] Delays =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromHours(1),
        TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12),
    ];

    public long Id { get; set; }
    public string ToAddress { get; set; } = "";
    public string ToName { get; set; } = "";
    public string Subject { get; set; } = "";
    public string TextBody { get; set; } = "";
    public string HtmlBody { get; set; } = "";

    /// <summary>The one-click unsubscribe address (RFC 8058) of a mail people subscribed to: sent as the
    /// List-Unsubscribe and List-Unsubscribe-Post headers.</summary>
    public string? UnsubscribeUrl { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? GivenUpAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>Loaded by the worker only for the message it is sending: the files can be large.</summary>
    public List<QueuedMailAttachment> Attachments { get; set; } = [];

    /// <summary>How long to wait after the given number of failed attempts.</summary>
    public static TimeSpan RetryDelay(int attempts) => Delays[Math.Clamp(attempts, 1, Delays.Length) - 1];
}
