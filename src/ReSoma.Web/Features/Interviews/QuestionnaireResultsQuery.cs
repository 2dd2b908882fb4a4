using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews;

/// <summary>Counts the answers of one questionnaire. Free answers are listed only for editors; readers see how many there were.</summary>
public sealed class QuestionnaireResultsQuery(ReSomaDbContext db)
{
    public async Task<QuestionnaireResults> RunAsync(int interviewId, bool includeFreeAnswers, CancellationToken cancellationToken = default)
    {
        var questions = await db.InterviewQuestions.AsNoTracking()
            .Where(q => q.InterviewId == interviewId)
            .Include(q => q.Options)
            .ToListAsync(cancellationToken);
        return await RunAsync(interviewId, questions, includeFreeAnswers, cancellationToken);
    }

    /// <summary>The results of questions already loaded with their options (the interview page has them).</summary>
    public async Task<QuestionnaireResults> RunAsync(int interviewId, IReadOnlyList<InterviewQuestion> questions, bool includeFreeAnswers, CancellationToken cancellationToken = default)
    {
        var responses = await db.QuestionnaireResponses.CountAsync(r => r.InterviewId == interviewId, cancellationToken);
        var answers = db.QuestionnaireAnswers.AsNoTracking()
            .Where(a => db.QuestionnaireResponses.Any(r => r.Id == a.ResponseId && r.InterviewId == interviewId));

        // Chosen options and free answers counted in one grouped query: one row per option chosen, one per question
        // for its free answers (option ids are unique across questions).
        var counts = await answers.Where(a => a.OptionId != null || a.Text != null)
            .GroupBy(a => new { a.QuestionId, a.OptionId })
            .Select(g => new { g.Key.QuestionId, g.Key.OptionId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var optionCounts = counts.Where(c => c.OptionId != null).ToDictionary(c => c.OptionId!.Value, c => c.Count);
        var freeCounts = counts.Where(c => c.OptionId == null).ToDictionary(c => c.QuestionId, c => c.Count);
        var freeAnswers = includeFreeAnswers
            ? (await answers.Where(a => a.OptionId == null && a.Text != null).OrderBy(a => a.Id).Select(a => new { a.QuestionId, a.Text }).ToListAsync(cancellationToken))
                .ToLookup(a => a.QuestionId, a => a.Text!)
            : null;

        return new QuestionnaireResults(
            responses,
            questions.OrderBy(q => q.Position).Select(q => new QuestionResult(
                q.Id,
                q.Text,
                q.Kind,
                q.Options.OrderBy(o => o.Position).Select(o => new OptionResult(o.Id, o.Text, optionCounts.GetValueOrDefault(o.Id))).ToList(),
                freeCounts.GetValueOrDefault(q.Id),
                freeAnswers?[q.Id].ToList() ?? [])).ToList());
    }
}
