using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews;

/// <summary>One interview for its page. The public sees published interviews only; editors preview any of them.</summary>
public sealed class InterviewPageQuery(ReSomaDbContext db, QuestionnaireResultsQuery results, TimeProvider clock)
{
    public async Task<InterviewPage?> PublicAsync(int year, int month, string slug, QuestionnaireReader reader, CancellationToken cancellationToken = default)
    {
        var interview = await LoadAsync(db.Interviews.Where(i => i.Slug == slug && i.Year == year && i.Month == month && i.Status == InterviewStatus.Published), cancellationToken);
        if (interview is null)
        {
            return null;
        }

        var state = await StateForAsync(interview, reader, cancellationToken);
        var shown = state == QuestionnaireState.Open ? null : await results.RunAsync(interview.Id, interview.Questions, includeFreeAnswers: false, cancellationToken);
        return InterviewPage.From(interview, InterviewQuestionnaire.Of(interview, state, shown), isPreview: false);
    }

    public async Task<InterviewPage?> PreviewAsync(int id, CancellationToken cancellationToken = default) =>
        await LoadAsync(db.Interviews.Where(i => i.Id == id), cancellationToken) is { } interview ? Preview(interview) : null;

    /// <summary>The page of an interview that may not be saved yet (the editor's live preview of the form).</summary>
    public static InterviewPage Preview(Interview interview) =>
        InterviewPage.From(interview, InterviewQuestionnaire.Of(interview, QuestionnaireState.Preview, results: null), isPreview: true);

    /// <summary>Open, unless the questionnaire is closed or this reader has answered it already.</summary>
    public async Task<QuestionnaireState> StateForAsync(Interview interview, QuestionnaireReader reader, CancellationToken cancellationToken = default)
    {
        if (!interview.IsQuestionnaireOpen(clock.GetUtcNow()))
        {
            return QuestionnaireState.Closed;
        }

        var answered = await db.QuestionnaireResponses.AnyAsync(
            r => r.InterviewId == interview.Id
                && ((reader.UserId != null && r.UserId == reader.UserId) || (reader.BrowserKey != null && r.BrowserKey == reader.BrowserKey)),
            cancellationToken);
        return answered ? QuestionnaireState.Answered : QuestionnaireState.Open;
    }

    private Task<Interview?> LoadAsync(IQueryable<Interview> interviews, CancellationToken cancellationToken) =>
        interviews.AsNoTracking()
            .Include(i => i.Topics)
            .Include(i => i.Briefs)
            .Include(i => i.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
}
