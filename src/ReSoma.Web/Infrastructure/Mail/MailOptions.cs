namespace ReSoma.Web.Infrastructure.Mail;

/// <summary>
/// The <c>Mail</c> section. With <c>Mail:Smtp:Host</c> set, mail goes out over SMTP (MailKit); otherwise each
/// message is written as an .eml file to the pickup folder under the data folder.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string FromAddress { get; set; } = "no-reply@resoma.local";
    public string FromName { get; set; } = "ReSOMA";
    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Folder name under the data folder, or an absolute path.</summary>
    public string PickupFolder { get; set; } = "mail-pickup";

    /// <summary>Show account links (confirm, reset) on screen as well: for Development, where no mail leaves the machine.</summary>
    public bool ShowLinksOnScreen { get; set; }

    /// <summary>How often each instance's mail worker looks for queued mail that another instance queued or that is due again.</summary>
    public int QueuePollSeconds { get; set; } = 15;
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// <summary>Auto: STARTTLS when the server offers it; None for a local relay; SslOnConnect for port 465.</summary>
    public string Security { get; set; } = "Auto";
}
