using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Editor;

public sealed record InterviewResultsPage(int InterviewId, string Title, InterviewStatus Status, bool IsOpen, DateTimeOffset? ClosedAt, QuestionnaireResults Results);

/// <summary>The questionnaire's results for editors: the counts readers see, and every free answer.</summary>
public sealed class InterviewResultsQuery(ReSomaDbContext db, QuestionnaireResultsQuery results, TimeProvider clock)
{
    public async Task<InterviewResultsPage?> RunAsync(int interviewId, CancellationToken cancellationToken = default)
    {
        var interview = await db.Interviews.AsNoTracking().Include(i => i.Questions).FirstOrDefaultAsync(i => i.Id == interviewId, cancellationToken);
        return interview is null
            ? null
            : new InterviewResultsPage(
                interview.Id,
                interview.Title,
                interview.Status,
                interview.IsQuestionnaireOpen(clock.GetUtcNow()),
                interview.QuestionnaireClosedAt,
                await results.RunAsync(interviewId, includeFreeAnswers: true, cancellationToken));
    }
}
