using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>
/// The interview a form describes, before it is saved: what the live preview shows, and "your version" when a save
/// conflicts. It is built with the same model methods as a saved one, so it looks and compares exactly alike.
/// </summary>
public sealed class InterviewDrafts(ReSomaDbContext db, InterviewLoader interviews, TimeProvider clock)
{
    /// <summary>The public page of a form that may not be saved, marked as a preview.</summary>
    public async Task<InterviewPage?> PreviewAsync(InterviewInput input, int? id, CancellationToken cancellationToken = default)
    {
        var stored = id is { } storedId ? await interviews.ReadOnlyAsync(storedId, cancellationToken) : null;
        if (id is not null && stored is null)
        {
            return null;
        }

        var locked = stored is not null && await interviews.ResponsesAsync(stored.Id, cancellationToken) > 0;
        var draft = await DraftAsync(input, stored, locked, cancellationToken);
        var page = InterviewPageQuery.Preview(draft);
        return stored is null ? page : page with { Status = stored.Status, PublishAt = stored.PublishAt, PublishedAt = stored.PublishedAt };
    }

    /// <summary>Their saved version beside the editor's, with the lines that differ.</summary>
    public async Task<InterviewConflict> ConflictAsync(Interview current, InterviewInput input, CancellationToken cancellationToken = default)
    {
        var locked = await interviews.ResponsesAsync(current.Id, cancellationToken) > 0;
        var theirs = InterviewSnapshot.Of(current);
        var yours = InterviewSnapshot.Of(await DraftAsync(input, current, locked, cancellationToken));
        var last = await db.InterviewRevisions.AsNoTracking().Where(r => r.InterviewId == current.Id).OrderByDescending(r => r.Number)
            .Select(r => new { r.EditorName, r.CreatedAt }).FirstOrDefaultAsync(cancellationToken);
        return new InterviewConflict(theirs, current.Version, last?.CreatedAt ?? current.UpdatedAt, last?.EditorName ?? "another editor", SnapshotDiff.Compare(theirs, yours));
    }

    /// <summary>Sets the interview's topics and briefs to the chosen ones that exist.</summary>
    public async Task ApplyLinksAsync(Interview interview, InterviewInput input, CancellationToken cancellationToken = default)
    {
        var topics = await db.Topics.Where(t => input.TopicIds.Contains(t.Id)).ToListAsync(cancellationToken);
        var briefs = await db.Briefs.Where(b => input.BriefIds.Contains(b.Id)).ToListAsync(cancellationToken);
        interview.Topics.RemoveAll(t => topics.All(c => c.Id != t.Id));
        interview.Topics.AddRange(topics.Where(t => interview.Topics.All(c => c.Id != t.Id)));
        interview.Briefs.RemoveAll(b => briefs.All(c => c.Id != b.Id));
        interview.Briefs.AddRange(briefs.Where(b => interview.Briefs.All(c => c.Id != b.Id)));
    }

    private async Task<Interview> DraftAsync(InterviewInput input, Interview? stored, bool questionsLocked, CancellationToken cancellationToken)
    {
        // A half-typed month still previews: the stored one, else the current one, stands in.
        var month = InterviewMonth.IsValid(input.Year, input.Month) ? input.InterviewMonth
            : stored?.InterviewMonth ?? InterviewMonth.FromDate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var title = input.Title ?? "";
        var draft = new Interview
        {
            Id = stored?.Id ?? 0,
            Title = title,
            Slug = stored?.Slug ?? Slugs.From(title),
            Version = stored?.Version ?? 0,
            TimeZoneId = stored?.TimeZoneId ?? InterviewTimes.DefaultZone,
            UpdatedAt = clock.GetUtcNow(),
        };
        InterviewForms.ApplyText(draft, input);
        draft.Year = month.Year;
        draft.Month = month.Month;
        draft.Topics.AddRange(await db.Topics.AsNoTracking().Where(t => input.TopicIds.Contains(t.Id)).ToListAsync(cancellationToken));
        draft.Briefs.AddRange(await db.Briefs.AsNoTracking().Where(b => input.BriefIds.Contains(b.Id)).ToListAsync(cancellationToken));
        draft.Questions.AddRange(questionsLocked && stored is not null ? stored.Questions : Numbered(InterviewForms.QuestionsOf(input.Questions)));
        if (stored?.ExpertPhotoStoredName is { } photo && !input.RemovePhoto)
        {
            draft.ExpertPhotoStoredName = photo;
            draft.ExpertPhotoContentType = stored.ExpertPhotoContentType;
        }

        return draft;
    }

    // Unsaved questions have no ids; the page names its fields after them, so each gets one of its own.
    private static List<InterviewQuestion> Numbered(List<InterviewQuestion> questions)
    {
        foreach (var question in questions)
        {
            question.Id = -question.Position;
            foreach (var option in question.Options)
            {
                option.Id = -((question.Position * 100) + option.Position);
            }
        }

        return questions;
    }
}
