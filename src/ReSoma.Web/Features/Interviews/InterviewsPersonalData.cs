using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Interviews;

/// <summary>
/// A signed-in reader's questionnaire answers: in their data export, and deleted with their account. Anonymous answers
/// are tied to no one (only a hash of a random cookie), so they are not personal data of an account.
/// </summary>
public sealed class InterviewsPersonalData(ReSomaDbContext db) : IPersonalDataSource, IAccountDeletionStep
{
    public string Section => "questionnaires";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(QuestionnaireResponse)];

    public async Task<object?> CollectAsync(string userId, CancellationToken cancellationToken)
    {
        var responses = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.UserId == userId)
            .Join(db.Interviews, r => r.InterviewId, i => i.Id, (r, i) => new { r.Id, Interview = i.Title, i.Year, i.Month, i.Slug, r.SubmittedAt })
            .OrderBy(r => r.SubmittedAt)
            .ToListAsync(cancellationToken);
        var ids = responses.Select(r => r.Id).ToList();
        var answers = await db.QuestionnaireAnswers.AsNoTracking()
            .Where(a => ids.Contains(a.ResponseId))
            .Join(db.InterviewQuestions, a => a.QuestionId, q => q.Id, (a, q) => new
            {
                a.Id, a.ResponseId, q.Position, Question = q.Text,
                Answer = a.OptionId == null ? a.Text : db.InterviewOptions.Where(o => o.Id == a.OptionId).Select(o => o.Text).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        return responses.Select(r => new
        {
            r.Interview,
            Address = InterviewPage.PathOf(new InterviewMonth(r.Year, r.Month), r.Slug),
            r.SubmittedAt,
            Answers = answers.Where(a => a.ResponseId == r.Id).OrderBy(a => a.Position).ThenBy(a => a.Id).Select(a => new { a.Question, a.Answer }).ToList(),
        }).ToList();
    }

    // The database would cascade these away with the account too; deleting them here says so where it is read,
    // and removes the written answers even where a provider's cascade is switched off.
    public async Task BeforeDeleteAsync(string userId, CancellationToken cancellationToken)
    {
        var responses = db.QuestionnaireResponses.Where(r => r.UserId == userId);
        await db.QuestionnaireAnswers.Where(a => responses.Any(r => r.Id == a.ResponseId)).ExecuteDeleteAsync(cancellationToken);
        await responses.ExecuteDeleteAsync(cancellationToken);
    }
}
