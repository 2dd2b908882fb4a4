using Microsoft.Extensions.Localization;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Audit;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Markdown;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Newsletter;

/// <summary>
/// Sends an issue: once, to everyone who takes the newsletter (decision 0042). Setting <see cref="NewsletterIssue.SentAt"/>
/// claims the issue (a second editor's click meets the version check) and makes it read-only; then each person is
/// claimed by their <see cref="NewsletterDelivery"/> row (unique per issue and person) in the transaction that queues
/// their mail, a batch at a time, so no transaction grows with the list and a send cut short by a crash is finished by
/// sending again, skipping everyone already claimed. <see cref="NewsletterIssue.Recipients"/> holds how many were
/// subscribed when sending began, and how many got it once it is done.
/// </summary>
public sealed class NewsletterSender(ReSomaDbContext db, MailQueue mail, SubscriptionLinks links, MarkdownRenderer markdown, AuditTrail audit, TimeProvider clock, IStringLocalizer<NewsletterSender> localizer)
{
    public const int BatchSize = 200;

    public abstract record SendResult;

    public sealed record Sent(int Recipients, bool Finished) : SendResult;

    public sealed record Missing : SendResult;

    public sealed record Refused(string Message) : SendResult;

    private sealed record Recipient(string UserId, string Email, string Name);

    public async Task<NewsletterPreview?> PreviewAsync(int id, string editorUserId, CancellationToken cancellationToken = default)
    {
        var issue = await db.NewsletterIssues.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return null;
        }

        var (settings, unsubscribe) = links.For(editorUserId, SubscriptionKind.Newsletter);
        var message = new NewsletterMail(issue.Subject, issue.Body, markdown).For(settings, unsubscribe);
        return new NewsletterPreview(id, message.Subject, message.HtmlBody, message.Text, issue.SentAt is not null);
    }

    /// <summary>One copy, marked as a test, to the editor's own address, with their own links in the footer.</summary>
    public async Task<SendResult> SendTestAsync(int id, string editorUserId, CancellationToken cancellationToken = default)
    {
        var issue = await db.NewsletterIssues.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        var editor = await db.Users.AsNoTracking().Where(u => u.Id == editorUserId).Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        if (issue is null)
        {
            return new Missing();
        }

        if (editor?.Email is null)
        {
            return new Refused(localizer["Your account has no mail address to send the test to."]);
        }

        var (settings, unsubscribe) = links.For(editorUserId, SubscriptionKind.Newsletter);
        var message = new NewsletterMail(issue.Subject, issue.Body, markdown).For(settings, unsubscribe, "[Test] ");
        return await mail.QueueSubscribedAsync(editor.Email, editor.DisplayName, message.Subject, message.Text, message.Html, unsubscribe, cancellationToken)
            ? new Sent(1, Finished: false)
            : new Refused(localizer["The test mail could not be queued. Try again in a moment."]);
    }

    public async Task<SendResult> SendAsync(int id, CancellationToken cancellationToken = default)
    {
        var issue = await db.NewsletterIssues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return new Missing();
        }

        var finishing = issue.SentAt is not null;
        if (finishing)
        {
            if (await db.NewsletterDeliveries.CountAsync(d => d.IssueId == id, cancellationToken) >= issue.Recipients)
            {
                return new Refused(AlreadySent(issue.SentAt!.Value, issue.Recipients));
            }
        }
        else
        {
            issue.SentAt = clock.GetUtcNow();
            issue.Recipients = await NewsletterAudience.Subscribers(db).CountAsync(cancellationToken);
            audit.Record(AuditAction.NewsletterSent, "newsletter", issue.Subject, $"/editor/newsletter/{id}/edit",
                details: $"to the {issue.Recipients.ToString(CultureInfo.InvariantCulture)} people who take the newsletter");
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another editor sent it (or saved it) a moment ago.
                db.ChangeTracker.Clear();
                return new Refused(localizer["Another editor changed or sent this issue at the same moment. Nothing was sent by you: look at the issue again."]);
            }
        }

        return new Sent(await DeliverAsync(issue, cancellationToken), finishing);
    }

    private string AlreadySent(DateTimeOffset sentAt, int recipients) => recipients == 1
        ? localizer["This issue was sent on {0} at {1} UTC to {2} person. An issue is sent only once.", sentAt.ToString("d MMMM yyyy", CultureInfo.CurrentCulture), sentAt.ToString("HH:mm", CultureInfo.InvariantCulture), recipients.ToString(CultureInfo.CurrentCulture)]
        : localizer["This issue was sent on {0} at {1} UTC to {2} people. An issue is sent only once.", sentAt.ToString("d MMMM yyyy", CultureInfo.CurrentCulture), sentAt.ToString("HH:mm", CultureInfo.InvariantCulture), recipients.ToString(CultureInfo.CurrentCulture)];

    /// <returns>How many people have the issue now, counting those reached before a crash.</returns>
    private async Task<int> DeliverAsync(NewsletterIssue issue, CancellationToken cancellationToken)
    {
        var id = issue.Id;
        var message = new NewsletterMail(issue.Subject, issue.Body, markdown);
        var strategy = db.Database.CreateExecutionStrategy();
        var collisions = 0;
        while (true)
        {
            db.ChangeTracker.Clear();
            var batch = await NewsletterAudience.Subscribers(db).AsNoTracking()
                .Where(u => !db.NewsletterDeliveries.Any(d => d.IssueId == id && d.UserId == u.Id))
                .OrderBy(u => u.Id).Take(BatchSize)
                .Select(u => new Recipient(u.Id, u.Email!, u.DisplayName))
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var claimed = await strategy.ExecuteAsync(ct => ClaimAndQueueAsync(id, batch, message, ct), cancellationToken);
            if (claimed is null)
            {
                throw new InvalidOperationException($"Newsletter {id}: a batch of mails could not be queued; sending again finishes it.");
            }

            // Another sender (a second click finishing the same issue) claimed some of this batch first: read it again.
            if (claimed == 0 && ++collisions > 10)
            {
                throw new InvalidOperationException($"Newsletter {id}: batches kept being claimed by another sender.");
            }
        }

        var delivered = await db.NewsletterDeliveries.CountAsync(d => d.IssueId == id, cancellationToken);
        await db.NewsletterIssues.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Recipients, delivered), cancellationToken);
        return delivered;
    }

    /// <returns>How many were claimed and queued; 0 when another sender claimed one of them first (nothing kept); null
    /// when a mail could not be queued (nothing kept either).</returns>
    private async Task<int?> ClaimAndQueueAsync(int id, IReadOnlyList<Recipient> batch, NewsletterMail message, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.NewsletterDeliveries.AddRange(batch.Select(p => new NewsletterDelivery { IssueId = id, UserId = p.UserId, QueuedAt = now }));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return 0;
        }

        foreach (var person in batch)
        {
            var (settings, unsubscribe) = links.For(person.UserId, SubscriptionKind.Newsletter);
            var mine = message.For(settings, unsubscribe);
            if (!await mail.QueueSubscribedAsync(person.Email, person.Name, mine.Subject, mine.Text, mine.Html, unsubscribe, cancellationToken))
            {
                await transaction.RollbackAsync(cancellationToken);
                return null;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return batch.Count;
    }
}
