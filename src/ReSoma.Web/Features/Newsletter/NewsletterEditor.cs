using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Newsletter;

/// <summary>What editors do to an issue before it is sent: create it, and save it with optimistic concurrency.</summary>
public sealed class NewsletterEditor(ReSomaDbContext db, TimeProvider clock, IStringLocalizer<NewsletterEditor> localizer)
{
    private string ReadOnly => localizer["This issue has been sent: it can no longer be changed. Start a new issue instead."];

    public abstract record SaveResult;

    public sealed record Saved(int Id) : SaveResult;

    public sealed record Missing : SaveResult;

    public sealed record Conflict(NewsletterSnapshot Theirs, int Version) : SaveResult;

    public sealed record Refused(string Message) : SaveResult;

    public async Task<int> CreateAsync(NewsletterInput input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var issue = new NewsletterIssue { Subject = OneLine(input.Subject), Body = input.Body, CreatedAt = now, UpdatedAt = now };
        db.NewsletterIssues.Add(issue);
        await db.SaveChangesAsync(cancellationToken);
        return issue.Id;
    }

    public async Task<SaveResult> SaveAsync(int id, NewsletterInput input, CancellationToken cancellationToken = default)
    {
        var issue = await db.NewsletterIssues.FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return new Missing();
        }

        if (issue.SentAt is not null)
        {
            return new Refused(ReadOnly);
        }

        // Compare against the version the editor loaded: EF then checks it in the UPDATE too.
        db.Entry(issue).Property(i => i.Version).OriginalValue = input.Version;
        if (issue.Version != input.Version)
        {
            return new Conflict(SnapshotOf(issue), issue.Version);
        }

        issue.Subject = OneLine(input.Subject);
        issue.Body = input.Body;
        issue.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new Saved(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var theirs = await db.NewsletterIssues.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
            return theirs is null ? new Missing() : theirs.SentAt is null ? new Conflict(SnapshotOf(theirs), theirs.Version) : new Refused(ReadOnly);
        }
    }

    /// <summary>The page of an issue, with the editor's own input when given (a posted form), else the stored one.</summary>
    public async Task<EditNewsletterPage?> PageAsync(int id, NewsletterInput? input = null, NewsletterSnapshot? theirs = null, CancellationToken cancellationToken = default)
    {
        var issue = await db.NewsletterIssues.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (issue is null)
        {
            return null;
        }

        var delivered = issue.SentAt is null ? 0 : await db.NewsletterDeliveries.CountAsync(d => d.IssueId == id, cancellationToken);
        var subscribers = issue.SentAt is null ? await NewsletterAudience.Subscribers(db).CountAsync(cancellationToken) : 0;
        return new EditNewsletterPage(id, issue.SentAt, issue.Recipients, delivered, subscribers,
            input ?? new NewsletterInput { Subject = issue.Subject, Body = issue.Body, Version = issue.Version }, theirs);
    }

    private static NewsletterSnapshot SnapshotOf(NewsletterIssue issue) => new(issue.Subject, issue.Body, issue.UpdatedAt);

    // A subject is one line: a pasted line break must not reach the mail header.
    private static string OneLine(string subject) =>
        string.Join(' ', subject.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
