namespace ReSoma.Web.Domain;

/// <summary>One question of an interview's reader questionnaire.</summary>
public class InterviewQuestion
{
    public const int MaxOptions = 8;

    public int Id { get; set; }
    public int InterviewId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
    public QuestionKind Kind { get; set; }
    public List<InterviewOption> Options { get; set; } = [];

    public bool HasOptions => Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;

    public IEnumerable<Problem> Problems()
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            yield return new Problem("Question {0} has no text.", Position);
        }

        if (HasOptions && Options.Count(o => !string.IsNullOrWhiteSpace(o.Text)) < 2)
        {
            yield return new Problem("Question {0} offers a choice, so it needs at least two options.", Position);
        }

        if (Options.Count > MaxOptions)
        {
            yield return new Problem("Question {0} has more than {1} options.", Position, MaxOptions);
        }
    }
}
