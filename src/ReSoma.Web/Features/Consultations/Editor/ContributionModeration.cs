using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Consultations.Editor;

public sealed class ModerationInput
{
    /// <summary>The version of the contribution the editor read: an author's later edit makes the decision stale.</summary>
    public int Version { get; set; }

    [StringLength(FieldLengths.ShortText, ErrorMessage = "The reason can be at most {1} characters.")]
    public string? Reason { get; set; }
}

/// <summary>Editors accept a written contribution or reject it with a reason the author sees. The decision is about the
/// text the editor read: if the author changed it since (or another editor decided), nothing is changed.</summary>
public sealed class ContributionModeration(ReSomaDbContext db, ContributionMails mails, TimeProvider clock)
{
    public enum Result
    {
        Done,
        Missing,
        ReasonMissing,
        Stale,
    }

    public async Task<Result> DecideAsync(string slug, int contributionId, ContributionStatus decision, ModerationInput input, string? moderatorId, string moderator, CancellationToken cancellationToken = default)
    {
        var contribution = await db.Contributions
            .FirstOrDefaultAsync(c => c.Id == contributionId && c.Consultation!.Slug == slug, cancellationToken);
        if (contribution is null)
        {
            return Result.Missing;
        }

        var reason = input.Reason?.Trim();
        if (decision == ContributionStatus.Rejected && string.IsNullOrEmpty(reason))
        {
            return Result.ReasonMissing;
        }

        db.Entry(contribution).Property(c => c.Version).OriginalValue = input.Version;
        if (contribution.Version != input.Version)
        {
            return Result.Stale;
        }

        contribution.Status = decision;
        contribution.ModerationNote = decision == ContributionStatus.Rejected ? reason : null;
        contribution.ModeratedAt = clock.GetUtcNow();
        contribution.ModeratedByUserId = moderatorId;
        contribution.ModeratedByName = moderator.Length > FieldLengths.Name ? moderator[..FieldLengths.Name] : moderator;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await mails.SendDecisionAsync(contribution.Id, cancellationToken);
            await ContentNews.ContributionModeratedAsync(db, contribution.Id, clock.GetUtcNow(), cancellationToken);
            return Result.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Stale;
        }
    }

    /// <summary>The name recorded with a decision: the editor's display name (never their login, an email address).</summary>
    public async Task<string> ModeratorNameAsync(string? userId, CancellationToken cancellationToken = default)
    {
        var name = userId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(name) ? "An editor" : name;
    }
}
