using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Mail;

/// <summary>
/// How the portal sends mail: the message is written to the database and the mail worker (<see cref="MailDelivery"/>)
/// sends it, with retries, so a slow or unreachable mail server never holds a request (docs/decisions/0030-mail-queue.md).
/// </summary>
public sealed class MailQueue(ReSomaDbContext db, MailQueueSignal signal, TimeProvider clock, ILogger<MailQueue> logger)
{
    /// <returns>False when the message could not even be queued (the database failed): logged, never thrown, for
    /// flows where the action itself already succeeded and must not turn into an error page.</returns>
    public Task<bool> QueueAsync(string toAddress, string toName, string subject, string textBody, string htmlBody, CancellationToken cancellationToken = default) =>
        QueueAsync(toAddress, toName, subject, textBody, htmlBody, attachments: null, cancellationToken);

    /// <summary>Queues a message with files: inline ones (with a content id) that the HTML shows as <c>cid:</c> images,
    /// and ordinary attachments. They are stored with the message until it is sent, and removed with it.</summary>
    /// <returns>False when the message could not even be queued (the database failed).</returns>
    /// <exception cref="ArgumentException">An attachment without a file name, with a content type that is no MIME
    /// type, or with a content id that could not stand in a <c>cid:</c> link: a mistake in the calling code.</exception>
    public Task<bool> QueueAsync(string toAddress, string toName, string subject, string textBody, string htmlBody, IReadOnlyList<MailAttachment>? attachments, CancellationToken cancellationToken = default) =>
        QueueAsync(new QueuedMail { ToAddress = toAddress, ToName = toName, Subject = subject, TextBody = textBody, HtmlBody = htmlBody }, attachments, cancellationToken);

    /// <summary>Queues a mail people subscribed to (digests, the newsletter): it carries their one-click unsubscribe address.</summary>
    public Task<bool> QueueSubscribedAsync(string toAddress, string toName, string subject, string textBody, string htmlBody, string unsubscribeUrl, CancellationToken cancellationToken = default) =>
        QueueAsync(new QueuedMail { ToAddress = toAddress, ToName = toName, Subject = subject, TextBody = textBody, HtmlBody = htmlBody, UnsubscribeUrl = unsubscribeUrl }, null, cancellationToken);

    private async Task<bool> QueueAsync(QueuedMail mail, IReadOnlyList<MailAttachment>? attachments, CancellationToken cancellationToken)
    {
        foreach (var attachment in attachments ?? [])
        {
            Check(attachment);
        }

        var now = clock.GetUtcNow();
        mail.QueuedAt = now;
        mail.NextAttemptAt = now;
        mail.Attachments = [.. (attachments ?? []).Select(a => new QueuedMailAttachment { FileName = a.FileName, ContentType = a.ContentType, ContentId = a.ContentId, Content = a.Content })];
        try
        {
            // Its own save: whatever else the caller's context holds was saved before it asked for a mail.
            db.QueuedMails.Add(mail);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            db.Entry(mail).State = EntityState.Detached;
            logger.LogError(e, "Mail {Subject} could not be queued", mail.Subject);
            return false;
        }

        signal.Notify();
        return true;
    }

    private static void Check(MailAttachment attachment)
    {
        if (string.IsNullOrWhiteSpace(attachment.FileName) || attachment.FileName.Length > MailAttachment.MaxFileNameLength)
        {
            throw new ArgumentException($"An attachment needs a file name of at most {MailAttachment.MaxFileNameLength} characters.", nameof(attachment));
        }

        if (attachment.ContentType.Length > MailAttachment.MaxContentTypeLength || !MimeKit.ContentType.TryParse(attachment.ContentType, out _))
        {
            throw new ArgumentException($"The attachment {attachment.FileName} has no valid content type: '{attachment.ContentType}'.", nameof(attachment));
        }

        if (attachment.ContentId is { } id && (id.Length == 0 || id.Length > MailAttachment.MaxContentIdLength || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"')))
        {
            throw new ArgumentException($"The content id of {attachment.FileName} must be a short id without spaces or angle brackets, e.g. qr@resoma.", nameof(attachment));
        }
    }

    /// <summary>Removes every message to this address, sent or waiting: part of deleting an account, so that no name or
    /// address is left behind in the queue. Their attachments go with them (a cascading foreign key).</summary>
    public Task<int> ForgetAsync(string address, CancellationToken cancellationToken = default) =>
        db.QueuedMails.Where(m => m.ToAddress == address).ExecuteDeleteAsync(cancellationToken);
}
