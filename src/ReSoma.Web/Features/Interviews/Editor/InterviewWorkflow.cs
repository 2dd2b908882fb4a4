using ReSoma.Web.Features.Shared;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Consultations.Editor;
using ReSoma.Web.Features.Interviews.Photos;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>
/// The editorial workflow of an interview: review, schedule, publish, unpublish, the questionnaire's closing, and
/// deleting a draft. Every step is checked against the version the editor saw and writes a revision; the month an
/// interview claims is checked first for a clear message, and the database's unique index settles a race.
/// </summary>
public sealed class InterviewWorkflow(
    ReSomaDbContext db,
    InterviewLoader interviews,
    InterviewRevisionWriter revisions,
    InterviewPhotos photos,
    TimeProvider clock,
    IStringLocalizer<InterviewWorkflow> localizer)
{
    public abstract record Outcome;

    /// <param name="Notice">The key of the message the edit page shows.</param>
    public sealed record Done(string Notice) : Outcome;

    public sealed record Deleted : Outcome;

    public sealed record Missing : Outcome;

    /// <summary>The interview is not ready for this step (422); nothing was changed.</summary>
    public sealed record Refused(IReadOnlyList<string> Errors) : Outcome;

    /// <summary>The step collides with another editor's work or another interview's month (409); nothing was changed.</summary>
    public sealed record Conflicted(string Error) : Outcome;

    public Task<Outcome> SendToReviewAsync(int id, int version, EditorAccount editor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, editor, i => Only(i, localizer["sent to review"], InterviewStatus.Draft), i => i.SendToReview(), "Sent to review", "review", cancellationToken);

    public Task<Outcome> ReturnToDraftAsync(int id, int version, EditorAccount editor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, editor, i => Only(i, localizer["taken back to draft"], InterviewStatus.InReview, InterviewStatus.Scheduled), i => i.ReturnToDraft(), "Back to draft", "draft", cancellationToken);

    public Task<Outcome> ScheduleAsync(int id, ScheduleInput input, EditorAccount editor, CancellationToken cancellationToken = default)
    {
        // The input is valid here: a known zone, and a time that exists in it.
        var zone = ConsultationTimes.IanaIdOf(input.TimeZoneId)!;
        var publishAt = ConsultationTimes.ToUtc(input.PublishAt!.Value, zone)!.Value;
        return ChangeAsync(
            id,
            input.Version,
            editor,
            async i => Only(i, LocalizedText.InSentence(localizer["Scheduled"]), InterviewStatus.Draft, InterviewStatus.InReview, InterviewStatus.Scheduled)
                ?? Problems(i.ScheduleProblems(publishAt, clock.GetUtcNow()))
                ?? await MonthTakenAsync(i, cancellationToken),
            i =>
            {
                i.TimeZoneId = zone;
                i.Schedule(publishAt);
            },
            "Scheduled for " + ZonedTime.Format(publishAt, zone),
            "scheduled",
            cancellationToken);
    }

    public Task<Outcome> PublishNowAsync(int id, int version, EditorAccount editor, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            id,
            version,
            editor,
            async i => Only(i, LocalizedText.InSentence(localizer["Published"]), InterviewStatus.Draft, InterviewStatus.InReview, InterviewStatus.Scheduled)
                ?? Problems(i.PublishingProblems())
                ?? await MonthTakenAsync(i, cancellationToken),
            i => i.Publish(clock.GetUtcNow()),
            "Published",
            "published",
            cancellationToken);

    public Task<Outcome> UnpublishAsync(int id, int version, EditorAccount editor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, version, editor, i => Only(i, localizer["unpublished"], InterviewStatus.Published), i => i.Unpublish(), "Unpublished (back to draft)", "unpublished", cancellationToken);

    public Task<Outcome> CloseQuestionnaireAsync(int id, int version, EditorAccount editor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return ChangeAsync(
            id,
            version,
            editor,
            i => i.Questions.Count == 0 ? new Refused([localizer["This interview has no questionnaire to close."]])
                : i.QuestionnaireClosedAt <= now ? new Conflicted(localizer["The questionnaire is already closed."])
                : null,
            i => i.QuestionnaireClosedAt = now,
            "Questionnaire closed",
            "questionnaire-closed",
            cancellationToken);
    }

    public Task<Outcome> ReopenQuestionnaireAsync(int id, int version, EditorAccount editor, CancellationToken cancellationToken = default) =>
        ChangeAsync(
            id,
            version,
            editor,
            i => i.QuestionnaireClosedAt is null ? new Conflicted(localizer["The questionnaire is open already."]) : null,
            i => i.QuestionnaireClosedAt = null,
            "Questionnaire reopened",
            "questionnaire-reopened",
            cancellationToken);

    /// <summary>Deletes a draft for good, with its revisions and any answers it gathered while it was public.</summary>
    public async Task<Outcome> DeleteDraftAsync(int id, int version, CancellationToken cancellationToken = default)
    {
        var interview = await interviews.TrackedAsync(id, cancellationToken);
        if (interview is null)
        {
            return new Missing();
        }

        db.Entry(interview).Property(i => i.Version).OriginalValue = version;
        if (interview.Version != version)
        {
            return new Conflicted(localizer["This interview changed since you opened the page (another editor saved it, or the schedule published it). Read it again below before you go on."]);
        }

        if (Only(interview, "deleted", InterviewStatus.Draft) is { } refusal)
        {
            return refusal;
        }

        try
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await strategy.ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

                // Answers point at the questions without cascading (one cascade path only), so they go first.
                await db.QuestionnaireResponses.Where(r => r.InterviewId == id).ExecuteDeleteAsync(cancellationToken);
                db.Interviews.Remove(interview);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            return new Conflicted(localizer["This interview changed since you opened the page (another editor saved it, or the schedule published it). Read it again below before you go on."]);
        }

        await photos.DeleteAsync(interview.ExpertPhotoStoredName);
        return new Deleted();
    }

    private Task<Outcome> ChangeAsync(int id, int version, EditorAccount editor, Func<Interview, Outcome?> check, Action<Interview> change, string action, string done, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, editor, i => Task.FromResult(check(i)), change, action, done, cancellationToken);

    private async Task<Outcome> ChangeAsync(int id, int version, EditorAccount editor, Func<Interview, Task<Outcome?>> check, Action<Interview> change, string action, string done, CancellationToken cancellationToken)
    {
        var interview = await interviews.TrackedAsync(id, cancellationToken);
        if (interview is null)
        {
            return new Missing();
        }

        db.Entry(interview).Property(i => i.Version).OriginalValue = version;
        if (interview.Version != version)
        {
            return new Conflicted(localizer["This interview changed since you opened the page (another editor saved it, or the schedule published it). Read it again below before you go on."]);
        }

        if (await check(interview) is { } refusal)
        {
            return refusal;
        }

        change(interview);
        interview.UpdatedAt = clock.GetUtcNow();
        await revisions.AddAsync(interview, editor, action, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (interview.Status == InterviewStatus.Published)
            {
                await ContentNews.InterviewPublishedAsync(db, id, clock.GetUtcNow(), cancellationToken);
            }

            return new Done(done);
        }
        catch (DbUpdateException e)
        {
            db.ChangeTracker.Clear();
            if (e is DbUpdateConcurrencyException || await interviews.VersionOfAsync(id, cancellationToken) != version)
            {
                return new Conflicted(localizer["This interview changed since you opened the page (another editor saved it, or the schedule published it). Read it again below before you go on."]);
            }

            // Another interview claimed the month between the check and the save: the unique index said no.
            if (interview.ClaimedMonth is not null && await MonthTakenAsync(interview, cancellationToken) is { } taken)
            {
                return taken;
            }

            throw;
        }
    }

    private Outcome? Only(Interview interview, string step, params InterviewStatus[] allowed) =>
        allowed.Contains(interview.Status) ? null : new Conflicted(localizer["An interview that is {0} cannot be {1}.", StatusNames.Of(interview.Status, w => localizer[w]), step]);

    private Refused? Problems(IEnumerable<Problem> problems) =>
        problems.Select(p => localizer[p.Text, p.Arguments].Value).ToList() is { Count: > 0 } worded ? new Refused(worded) : null;

    private async Task<Outcome?> MonthTakenAsync(Interview interview, CancellationToken cancellationToken) =>
        await interviews.ClaimerOfAsync(interview.InterviewMonth, interview.Id, cancellationToken) is { } other
            ? new Conflicted(localizer["{0} already has its interview: “{1}” is {2}. Choose another month for this one, or take that one back to draft first.", interview.InterviewMonth.FirstDay.ToString("MMMM yyyy", CultureInfo.CurrentCulture), other.Title, StatusNames.Of(other.Status, w => localizer[w])])
            : null;
}
