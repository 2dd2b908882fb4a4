namespace ReSoma.Web.Domain;

/// <summary>A question the organisers ask everyone who registers for a consultation or an event.</summary>
public class RegistrationQuestion
{
    public const int MaxPrompt = 300;
    public const int MaxAnswer = 500;

    public int Id { get; set; }
    public int SeatPoolId { get; set; }
    public int Position { get; set; }
    public RegistrationQuestionKind Kind { get; set; }
    public required string Prompt { get; set; }

    /// <summary>The choices of a single or multiple choice question, one per line.</summary>
    public string Choices { get; set; } = "";

    /// <summary>A required consent must be given to register; other required questions must be answered.</summary>
    public bool IsRequired { get; set; }

    public IReadOnlyList<string> ChoiceList => SplitLines(Choices);

    public static IReadOnlyList<string> SplitLines(string? value) =>
        (value ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    /// <summary>The stored answer for what was posted, or why it cannot be accepted. Multiple choices are stored one
    /// per line; a consent as "Yes"/"No".</summary>
    public (string? Value, string? Error) Answer(IReadOnlyList<string> posted)
    {
        var values = posted.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        switch (Kind)
        {
            case RegistrationQuestionKind.Consent:
                var yes = values.Contains("yes", StringComparer.OrdinalIgnoreCase) || values.Contains("true", StringComparer.OrdinalIgnoreCase);
                return IsRequired && !yes ? (null, $"Give your consent to register: “{Prompt}”.") : (yes ? "Yes" : "No", null);
            case RegistrationQuestionKind.SingleChoice or RegistrationQuestionKind.MultipleChoice:
                if (values.Any(v => !ChoiceList.Contains(v)))
                {
                    return (null, $"Choose from the answers offered to “{Prompt}”.");
                }

                if (Kind == RegistrationQuestionKind.SingleChoice && values.Count > 1)
                {
                    return (null, $"Choose one answer to “{Prompt}”.");
                }

                return values.Count == 0 && IsRequired ? (null, $"Answer “{Prompt}”.") : (values.Count == 0 ? null : string.Join('\n', values.Distinct()), null);
            default:
                var text = values.FirstOrDefault();
                return text is null && IsRequired ? (null, $"Answer “{Prompt}”.")
                    : text?.Length > MaxAnswer ? (null, $"The answer to “{Prompt}” can be at most {MaxAnswer} characters.")
                    : (text, null);
        }
    }
}
