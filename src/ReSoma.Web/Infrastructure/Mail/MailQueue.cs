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
    public async Task<bool> QueueAsync(string toAddress, string toName, string subject, string textBody, string htmlBody, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var mail = new QueuedMail
        {
            ToAddress = toAddress, ToName = toName, Subject = subject, TextBody = textBody, HtmlBody = htmlBody,
            QueuedAt = now, NextAttemptAt = now,
        };
        try
        {
            // Its own save: whatever else the caller's context holds was saved before it asked for a mail.
            db.QueuedMails.Add(mail);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            db.Entry(mail).State = EntityState.Detached;
            logger.LogError(e, "Mail {Subject} could not be queued", subject);
            return false;
        }

        signal.Notify();
        return true;
    }

    /// <summary>Removes every message to this address, sent or waiting: part of deleting an account, so that no name or
    /// address is left behind in the queue.</summary>
    public Task<int> ForgetAsync(string address, CancellationToken cancellationToken = default) =>
        db.QueuedMails.Where(m => m.ToAddress == address).ExecuteDeleteAsync(cancellationToken);
}
