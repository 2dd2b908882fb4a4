using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>The edit page of an interview: as stored, or with the editor's own input (and schedule) kept after a
/// refused or conflicting post.</summary>
public sealed class InterviewEditPages(ReSomaDbContext db, InterviewLoader interviews, TimeProvider clock)
{
    public Task<EditInterviewPage?> LoadAsync(int id, CancellationToken cancellationToken = default) =>
        BuildAsync(id, input: null, schedule: null, theirs: null, cancellationToken);

    public Task<EditInterviewPage?> WithInputAsync(int id, InterviewInput input, InterviewConflict? theirs = null, CancellationToken cancellationToken = default) =>
        BuildAsync(id, input, schedule: null, theirs, cancellationToken);

    public Task<EditInterviewPage?> WithScheduleAsync(int id, ScheduleInput schedule, CancellationToken cancellationToken = default) =>
        BuildAsync(id, input: null, schedule, theirs: null, cancellationToken);

    private async Task<EditInterviewPage?> BuildAsync(int id, InterviewInput? input, ScheduleInput? schedule, InterviewConflict? theirs, CancellationToken cancellationToken)
    {
        var interview = await interviews.ReadOnlyAsync(id, cancellationToken);
        if (interview is null)
        {
            return null;
        }

        var responses = await interviews.ResponsesAsync(id, cancellationToken);
        var last = await db.InterviewRevisions.AsNoTracking().Where(r => r.InterviewId == id).OrderByDescending(r => r.Number)
            .Select(r => new RevisionStamp(r.Number, r.EditorName, r.CreatedAt, r.Action)).FirstOrDefaultAsync(cancellationToken);
        var questionnaire = InterviewQuestionnaire.Of(interview, QuestionnaireState.Preview, results: null);
        return new EditInterviewPage(
            interview.Id,
            interview.Title,
            interview.Status,
            interview.InterviewMonth,
            interview.PublicPath,
            interview.PublishAt,
            interview.PublishedAt,
            interview.TimeZoneId,
            interview.QuestionnaireClosedAt,
            interview.Questions.Count,
            interview.Version,
            responses,
            InterviewExpert.Of(interview).PhotoUrl,
            interview.PublishingProblems(),
            questionnaire.Questions,
            last,
            input ?? InterviewForms.InputOf(interview, questionsLocked: responses > 0),
            schedule ?? new ScheduleInput
            {
                PublishAt = InterviewTimes.DefaultPublishAt(interview, clock.GetUtcNow()),
                TimeZoneId = InterviewTimes.ZoneOrDefault(interview.TimeZoneId),
                Version = interview.Version,
            },
            theirs);
    }
}
