using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews;

/// <summary>Where the reader stands with an interview's questionnaire.</summary>
public enum QuestionnaireState
{
    /// <summary>The reader may answer.</summary>
    Open,

    /// <summary>This account or browser has answered; the results are shown.</summary>
    Answered,

    /// <summary>No more answers are taken; the results are shown.</summary>
    Closed,

    /// <summary>An editor's preview: the form is shown but cannot be sent.</summary>
    Preview,
}

/// <summary>The questionnaire block of the interview page: its questions, and the results once the reader may see them.</summary>
public sealed record InterviewQuestionnaire(
    int InterviewId,
    QuestionnaireState State,
    IReadOnlyList<QuestionnaireQuestion> Questions,
    QuestionnaireResults? Results)
{
    /// <summary>What the reader sent, when the form is shown again with an error, so their choices are kept.</summary>
    public QuestionnaireSubmission Submission { get; init; } = QuestionnaireSubmission.Empty;

    public static InterviewQuestionnaire Of(Interview interview, QuestionnaireState state, QuestionnaireResults? results) => new(
        interview.Id,
        state,
        interview.Questions.OrderBy(q => q.Position)
            .Select(q => new QuestionnaireQuestion(q.Id, q.Position, q.Text, q.Kind, q.Options.OrderBy(o => o.Position).Select(o => new QuestionnaireOption(o.Id, o.Text)).ToList()))
            .ToList(),
        results);
}

public sealed record QuestionnaireQuestion(int Id, int Position, string Text, QuestionKind Kind, IReadOnlyList<QuestionnaireOption> Options);

public sealed record QuestionnaireOption(int Id, string Text);

/// <summary>Aggregated answers: how many readers answered, counts per option, and (for editors) the free answers.</summary>
public sealed record QuestionnaireResults(int Responses, IReadOnlyList<QuestionResult> Questions);

public sealed record QuestionResult(int QuestionId, string Text, QuestionKind Kind, IReadOnlyList<OptionResult> Options, int FreeAnswerCount, IReadOnlyList<string> FreeAnswers);

public sealed record OptionResult(int OptionId, string Text, int Count)
{
    public int PercentOf(int total) => total == 0 ? 0 : (int)Math.Round(100.0 * Count / total);
}
