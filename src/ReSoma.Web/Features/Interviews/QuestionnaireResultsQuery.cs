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
            .OrderBy(q => q.Position)
            .ToListAsync(cancellationToken);
        var responses = await db.QuestionnaireResponses.CountAsync(r => r.InterviewId == interviewId, cancellationToken);
        var answers = db.QuestionnaireAnswers.AsNoTracking()
            .Where(a => db.QuestionnaireResponses.Any(r => r.Id == a.ResponseId && r.InterviewId == interviewId));
        var optionCounts = await answers.Where(a => a.OptionId != null)
            .GroupBy(a => a.OptionId!.Value)
            .Select(g => new { OptionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.OptionId, x => x.Count, cancellationToken);
        var freeCounts = await answers.Where(a => a.OptionId == null && a.Text != null)
            .GroupBy(a => a.QuestionId)
            .Select(g => new { QuestionId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.QuestionId, x => x.Count, cancellationToken);
        var freeAnswers = includeFreeAnswers
            ? (await answers.Where(a => a.OptionId == null && a.Text != null).OrderBy(a => a.Id).Select(a => new { a.QuestionId, a.Text }).ToListAsync(cancellationToken))
                .ToLookup(a => a.QuestionId, a => a.Text!)
            : null;

        return new QuestionnaireResults(
            responses,
            questions.Select(q => new QuestionResult(
                q.Id,
                q.Text,
                q.Kind,
                q.Options.OrderBy(o => o.Position).Select(o => new OptionResult(o.Id, o.Text, optionCounts.GetValueOrDefault(o.Id))).ToList(),
                freeCounts.GetValueOrDefault(q.Id),
                freeAnswers?[q.Id].ToList() ?? [])).ToList());
    }
}
