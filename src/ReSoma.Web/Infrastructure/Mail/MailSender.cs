using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Infrastructure.Mail;

/// <summary>The transport: SMTP (MailKit) or the pickup folder. Only the mail worker (<see cref="MailDelivery"/>) calls it;
/// everything else queues its mail (<see cref="MailQueue"/>).</summary>
public sealed class MailSender(IOptions<MailOptions> options, DataPaths paths, ILogger<MailSender> logger)
{
    private readonly MailOptions _options = options.Value;

    /// <summary>Inline attachments (with a content id) become related parts of the HTML body (multipart/related), so that
    /// mail clients show them where the HTML says <c>cid:</c>; the others are ordinary attachments.</summary>
    /// <param name="unsubscribeUrl">For mail people subscribed to: the one-click unsubscribe address (RFC 8058).</param>
    public async Task SendAsync(string toAddress, string toName, string subject, string textBody, string htmlBody, IReadOnlyCollection<MailAttachment> attachments, CancellationToken cancellationToken = default, string? unsubscribeUrl = null)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(_options.FromName, _options.FromAddress));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = subject;
        if (unsubscribeUrl is not null)
        {
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribeUrl}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new BodyBuilder { TextBody = textBody, HtmlBody = htmlBody };
        foreach (var attachment in attachments)
        {
            var type = ContentType.Parse(attachment.ContentType);
            if (attachment.ContentId is { } id)
            {
                body.LinkedResources.Add(attachment.FileName, attachment.Content, type).ContentId = id;
            }
            else
            {
                body.Attachments.Add(attachment.FileName, attachment.Content, type);
            }
        }

        message.Body = body.ToMessageBody();
        await SendAsync(message, cancellationToken);
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(_options.Smtp.Host))
        {
            await WriteToPickupFolderAsync(message, cancellationToken);
            return;
        }

        // Shorter than the worker's claim on the message (QueuedMail.ClaimFor), so a hung server fails the attempt first.
        using var client = new SmtpClient { Timeout = (int)TimeSpan.FromSeconds(60).TotalMilliseconds };
        var security = Enum.TryParse<SecureSocketOptions>(_options.Smtp.Security, ignoreCase: true, out var parsed) ? parsed : SecureSocketOptions.Auto;
        await client.ConnectAsync(_options.Smtp.Host, _options.Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(_options.Smtp.UserName))
        {
            await client.AuthenticateAsync(_options.Smtp.UserName, _options.Smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        logger.LogInformation("Mail {Subject} sent over SMTP", message.Subject);
    }

    private async Task WriteToPickupFolderAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.IsPathRooted(_options.PickupFolder) ? _options.PickupFolder : paths.Folder(_options.PickupFolder);
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(file, cancellationToken);
        logger.LogInformation("Mail {Subject} written to the pickup folder {File}", message.Subject, file);
    }
}
