using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Mail;

/// <summary>
/// The mail worker: sends what <see cref="MailQueue"/> queued. Every instance of the portal runs it; each message is
/// claimed by a conditional update (unsent, due, not claimed by a live worker), so whichever instance's update lands
/// first sends it and the others skip it. A failure waits longer each time (<see cref="QueuedMail.RetryDelay"/>).
/// </summary>
/// <remarks>Exactly once as far as the database can tell: a process killed between the mail server's acceptance and
/// the update that marks the message sent leaves it to be sent again once its claim passes.</remarks>
public sealed class MailDelivery(IServiceScopeFactory scopes, MailQueueSignal signal, IOptions<MailOptions> options, TimeProvider clock, ILogger<MailDelivery> logger) : BackgroundService
{
    // Sent messages are kept a week for questions ("did my reminder go?"), then removed: they hold names and addresses.
    public static readonly TimeSpan KeepSent = TimeSpan.FromDays(7);
    public static readonly TimeSpan KeepGivenUp = TimeSpan.FromDays(30);
    private const int Batch = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Value.QueuePollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DeliverDueAsync(stoppingToken);
                await RemoveOldAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A busy or unreachable database passes by itself (decision 0014): a warning, not an error.
                logger.Log(SqliteFaults.IsUnavailable(e) ? LogLevel.Warning : LogLevel.Error, e, "Sending queued mail failed; trying again at the next poll");
            }

            await signal.WaitAsync(poll, stoppingToken);
        }
    }

    /// <returns>How many messages this call sent.</returns>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        for (var round = 0; round < 100; round++) // bounded: 5,000 messages a wake-up, then the next poll goes on
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
            var sender = scope.ServiceProvider.GetRequiredService<MailSender>();
            var now = clock.GetUtcNow();
            var due = await db.QueuedMails.AsNoTracking()
                .Where(m => m.SentAt == null && m.GivenUpAt == null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .OrderBy(m => m.Id)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            foreach (var mail in due)
            {
                var claim = now + QueuedMail.ClaimFor;
                if (await TryClaimAsync(db, mail.Id, now, claim, cancellationToken) && await TrySendAsync(db, sender, mail, claim, cancellationToken))
                {
                    sent++;
                }
            }

            if (due.Count < Batch)
            {
                break;
            }
        }

        return sent;
    }

    private static async Task<bool> TryClaimAsync(ReSomaDbContext db, long id, DateTimeOffset now, DateTimeOffset claim, CancellationToken cancellationToken) =>
        await db.QueuedMails
            .Where(m => m.Id == id && m.SentAt == null && m.GivenUpAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, claim).SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken) == 1;

    // The outcome is written only where this worker's claim still stands (the same message, still claimed by it): a
    // row that is no longer the one it claimed (removed, and its id given to a new message) is left alone.
    private async Task<bool> TrySendAsync(ReSomaDbContext db, MailSender sender, QueuedMail mail, DateTimeOffset claim, CancellationToken cancellationToken)
    {
        List<MailAttachment> attachments;
        try
        {
            // Read only now, for the one message this worker claimed: the batch query leaves the files out.
            attachments = await db.QueuedMailAttachments.AsNoTracking()
                .Where(a => a.QueuedMailId == mail.Id)
                .OrderBy(a => a.Id)
                .Select(a => new MailAttachment(a.FileName, a.ContentType, a.Content, a.ContentId))
                .ToListAsync(cancellationToken);
            await sender.SendAsync(mail.ToAddress, mail.ToName, mail.Subject, mail.TextBody, mail.HtmlBody, attachments, cancellationToken, mail.UnsubscribeUrl);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var attempts = mail.Attempts + 1;
            var now = clock.GetUtcNow();
            var givenUp = attempts >= QueuedMail.MaxAttempts;
            logger.Log(givenUp ? LogLevel.Error : LogLevel.Warning, e, "Mail {MailId} ({Subject}) failed at attempt {Attempt}{Outcome}",
                mail.Id, mail.Subject, attempts, givenUp ? "; given up" : "; it will be tried again");
            var error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
            await db.QueuedMails.Where(m => m.Id == mail.Id && m.ClaimedUntil == claim).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.NextAttemptAt, now + QueuedMail.RetryDelay(attempts))
                .SetProperty(m => m.GivenUpAt, givenUp ? now : (DateTimeOffset?)null), CancellationToken.None);
            return false;
        }

        // Not cancellable: the mail server has the message, so it must be marked sent whatever happens to the host.
        var marked = await db.QueuedMails.Where(m => m.Id == mail.Id && m.ClaimedUntil == claim).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.SentAt, clock.GetUtcNow())
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null)
            .SetProperty(m => m.LastError, (string?)null), CancellationToken.None);

        // The week a sent message is kept answers "did it go?", which needs no files: they go now (a certificate names
        // its holder, and the files are most of a message's size).
        if (marked == 1 && attachments.Count > 0)
        {
            await db.QueuedMailAttachments.Where(a => a.QueuedMailId == mail.Id).ExecuteDeleteAsync(CancellationToken.None);
        }

        return true;
    }

    private async Task RemoveOldAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var now = clock.GetUtcNow();
        await db.QueuedMails.Where(m => m.SentAt < now - KeepSent || m.GivenUpAt < now - KeepGivenUp).ExecuteDeleteAsync(cancellationToken);
    }
}
