using System.Globalization;

namespace ReSoma.Web.Features.Interviews;

/// <summary>
/// A posted questionnaire: the values of each <c>q{questionId}</c> field, as sent. Whether they make sense for the
/// interview's questions is for <see cref="QuestionnaireAnswers"/> to decide.
/// </summary>
public sealed record QuestionnaireSubmission(IReadOnlyDictionary<int, IReadOnlyList<string>> Values)
{
    public static QuestionnaireSubmission Empty { get; } = new(new Dictionary<int, IReadOnlyList<string>>());

    public static QuestionnaireSubmission FromForm(IFormCollection form)
    {
        var values = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var (name, fieldValues) in form)
        {
            if (name.Length > 1 && name[0] == 'q' && int.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var questionId))
            {
                values[questionId] = fieldValues.Select(v => v ?? "").ToList();
            }
        }

        return new QuestionnaireSubmission(values);
    }

    /// <summary>The form field of a question: its name, and the id of its group on the page.</summary>
    public static string FieldOf(int questionId) => "q" + questionId.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<string> For(int questionId) => Values.TryGetValue(questionId, out var values) ? values : [];

    /// <summary>Whether the reader ticked this option, so a form shown again keeps their choices.</summary>
    public bool Chose(int questionId, int optionId) =>
        For(questionId).Contains(optionId.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal);

    public string Text(int questionId) => For(questionId) is [var text, ..] ? text : "";
}
