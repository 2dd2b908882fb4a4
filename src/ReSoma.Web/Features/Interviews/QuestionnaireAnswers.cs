using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews;

public enum AnswerResult
{
    NotFound,
    Saved,
    Invalid,
    Closed,
    AlreadyAnswered,
}

/// <summary>
/// What became of a posted questionnaire; <see cref="Errors"/> say why it was refused, each with the form field it is
/// about (<see cref="QuestionnaireSubmission.FieldOf"/>), or "" for the whole questionnaire.
/// </summary>
public sealed record AnswerOutcome(AnswerResult Result, InterviewMonth Month, string Slug, IReadOnlyList<(string Field, string Message)> Errors)
{
    public static AnswerOutcome NotFound { get; } = new(AnswerResult.NotFound, default, "", []);

    public string Path => InterviewPage.PathOf(Month, Slug);
}

/// <summary>
/// Takes a reader's answers to a published, open questionnaire, once per account or browser. The form is checked
/// against the interview's own questions and options; nothing is saved unless all of it makes sense.
/// </summary>
public sealed class QuestionnaireAnswers(ReSomaDbContext db, InterviewPageQuery pages, TimeProvider clock, IStringLocalizer<QuestionnaireAnswers> localizer)
{
    public const int MaxTextLength = FieldLengths.ShortText;

    public async Task<AnswerOutcome> SubmitAsync(int interviewId, QuestionnaireReader reader, QuestionnaireSubmission submission, CancellationToken cancellationToken = default)
    {
        var interview = await db.Interviews.AsNoTracking()
            .Include(i => i.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == interviewId && i.Status == InterviewStatus.Published, cancellationToken);
        if (interview is null)
        {
            return AnswerOutcome.NotFound;
        }

        AnswerOutcome Refused(AnswerResult result, params IReadOnlyList<(string, string)> errors) => new(result, interview.InterviewMonth, interview.Slug, errors);

        switch (await pages.StateForAsync(interview, reader, cancellationToken))
        {
            case QuestionnaireState.Closed:
                return Refused(AnswerResult.Closed, ("", localizer["This questionnaire is closed, so no more answers are taken. Your answers were not saved."]));
            case QuestionnaireState.Answered:
                return Refused(AnswerResult.AlreadyAnswered, ("", localizer["You have already answered this questionnaire, so your first answers stand and nothing was changed."]));
        }

        var (answers, errors) = Read(interview.Questions.OrderBy(q => q.Position), submission);
        if (errors.Count > 0)
        {
            return Refused(AnswerResult.Invalid, errors);
        }

        db.QuestionnaireResponses.Add(new QuestionnaireResponse
        {
            InterviewId = interview.Id,
            UserId = reader.UserId,
            BrowserKey = reader.UserId is null ? reader.BrowserKey : null,
            SubmittedAt = clock.GetUtcNow(),
            Answers = answers,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            // Another answer of the same reader won the race and the unique index kept this one out; any other
            // failure is not ours to explain.
            if (await pages.StateForAsync(interview, reader, cancellationToken) != QuestionnaireState.Answered)
            {
                throw;
            }

            return Refused(AnswerResult.AlreadyAnswered, ("", localizer["You have already answered this questionnaire, so your first answers stand and nothing was changed."]));
        }

        return new AnswerOutcome(AnswerResult.Saved, interview.InterviewMonth, interview.Slug, []);
    }

    private (List<QuestionnaireAnswer> Answers, List<(string, string)> Errors) Read(IEnumerable<InterviewQuestion> questions, QuestionnaireSubmission submission)
    {
        var answers = new List<QuestionnaireAnswer>();
        var errors = new List<(string, string)>();
        var first = "";
        foreach (var question in questions)
        {
            var field = QuestionnaireSubmission.FieldOf(question.Id);
            first = first.Length == 0 ? field : first;
            var values = submission.For(question.Id).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (values.Count == 0)
            {
                continue;
            }

            if (question.Kind == QuestionKind.FreeText)
            {
                var text = values[0].Trim();
                if (values.Count > 1)
                {
                    errors.Add((field, localizer["Question {0}: send one written answer.", question.Position]));
                    continue;
                }

                if (text.Length > MaxTextLength)
                {
                    errors.Add((field, localizer["Your answer to question {0} can be at most {1} characters.", question.Position, MaxTextLength]));
                    continue;
                }

                answers.Add(new QuestionnaireAnswer { QuestionId = question.Id, Text = text });
                continue;
            }

            var chosen = values.Select(v => OptionOf(question, v)).ToList();
            if (chosen.Any(o => o is null))
            {
                errors.Add((field, localizer["Question {0}: choose among the answers offered. Reload the page if they have changed.", question.Position]));
            }
            else if (question.Kind == QuestionKind.SingleChoice && chosen.Distinct().Count() > 1)
            {
                errors.Add((field, localizer["Question {0}: choose only one answer.", question.Position]));
            }
            else
            {
                answers.AddRange(chosen.Distinct().Select(o => new QuestionnaireAnswer { QuestionId = question.Id, OptionId = o!.Id }));
            }
        }

        if (answers.Count == 0 && errors.Count == 0)
        {
            // About the whole form, but a link to the first question gives the reader somewhere to start.
            errors.Add((first, localizer["Answer at least one question before sending."]));
        }

        return (answers, errors);
    }

    private static InterviewOption? OptionOf(InterviewQuestion question, string value) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? question.Options.FirstOrDefault(o => o.Id == id) : null;
}
