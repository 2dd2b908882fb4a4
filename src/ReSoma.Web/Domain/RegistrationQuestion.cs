namespace ReSoma.Web.Domain;

/// <summary>A question the organisers ask everyone who registers for a consultation or an event.</summary>
public class RegistrationQuestion
{
    public const int MaxPrompt = 300;
    public const int MaxAnswer = 500;

    /// <summary>A registration form, not a survey: enough for meals, workshops and consents.</summary>
    public const int MaxPerPool = 20;

    public const int MaxChoices = 20;
    public const int MaxChoice = 100;

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

    public bool HasChoices => Kind is RegistrationQuestionKind.SingleChoice or RegistrationQuestionKind.MultipleChoice;

    /// <summary>Why a question cannot be asked as an editor wrote it, or null: a choice question offers two or more
    /// short, different choices; other kinds offer none.</summary>
    public static string? ProblemWith(RegistrationQuestionKind kind, string? choices)
    {
        if (kind is not (RegistrationQuestionKind.SingleChoice or RegistrationQuestionKind.MultipleChoice))
        {
            return null;
        }

        var list = SplitLines(choices);
        return list.Count < 2 ? "Give at least two choices, one per line."
            : list.Count > MaxChoices ? $"Offer at most {MaxChoices} choices."
            : list.Any(c => c.Length > MaxChoice) ? $"Each choice can be at most {MaxChoice} characters."
            : null;
    }

    public static IReadOnlyList<string> SplitLines(string? value) =>
        (value ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    /// <summary>The stored answer for what was posted, or why it cannot be accepted. Multiple choices are stored one
    /// per line; a consent as "Yes"/"No".</summary>
    public (string? Value, string? Error) Answer(IReadOnlyList<string> posted)
    {
        // A text field left empty binds as null (MVC turns empty strings into null), not as "".
        var values = posted.Select(v => (v ?? "").Trim()).Where(v => v.Length > 0).ToList();
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
