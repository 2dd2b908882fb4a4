using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>Between a stored interview and its form, and the questionnaire rules the form shares with the model.</summary>
public static class InterviewForms
{
    /// <summary>Question slots the form always offers.</summary>
    public const int Slots = Interview.MaxQuestions;

    public static InterviewInput InputOf(Interview interview, bool questionsLocked) => new()
    {
        Year = interview.Year,
        Month = interview.Month,
        Title = interview.Title,
        NewsHeadline = interview.NewsHeadline,
        NewsUrl = interview.NewsUrl,
        ExpertName = interview.ExpertName,
        ExpertRole = interview.ExpertRole,
        ExpertOrganisation = interview.ExpertOrganisation,
        ExpertPhotoAlt = interview.ExpertPhotoAlt,
        Standfirst = interview.Standfirst,
        Language = interview.Language,
        Body = interview.Body,
        TopicIds = interview.Topics.Select(t => t.Id).ToList(),
        BriefIds = interview.Briefs.Select(b => b.Id).ToList(),
        Questions = questionsLocked ? [] : interview.Questions.OrderBy(q => q.Position).Select(q => new QuestionInput
        {
            Text = q.Text,
            Kind = q.Kind,
            Options = string.Join('\n', q.Options.OrderBy(o => o.Position).Select(o => o.Text)),
        }).ToList(),
        Version = interview.Version,
    };

    /// <summary>Copies the form's text onto the interview. Topics, briefs, questions and the photo are the caller's:
    /// they need the database or the disk.</summary>
    public static void ApplyText(Interview interview, InterviewInput input)
    {
        interview.Year = input.Year;
        interview.Month = input.Month;
        interview.Title = input.Title?.Trim() ?? "";
        interview.NewsHeadline = Trimmed(input.NewsHeadline);
        interview.NewsUrl = Trimmed(input.NewsUrl);
        interview.ExpertName = Trimmed(input.ExpertName);
        interview.ExpertRole = Trimmed(input.ExpertRole);
        interview.ExpertOrganisation = Trimmed(input.ExpertOrganisation);
        interview.ExpertPhotoAlt = Trimmed(input.ExpertPhotoAlt);
        interview.Standfirst = Trimmed(input.Standfirst);
        interview.Language = input.Language;
        interview.Body = input.Body ?? "";
    }

    /// <summary>What is wrong with the typed questions, in the model's own words, numbered as the form's slots.</summary>
    public static IEnumerable<string> QuestionProblems(IReadOnlyList<QuestionInput> slots, IStringLocalizer localizer)
    {
        var filled = slots.Select((slot, index) => (slot, index)).Where(s => !s.slot.IsEmpty).ToList();
        if (filled.Count > Interview.MaxQuestions)
        {
            yield return localizer["The questionnaire can have at most {0} questions; this one has {1}.", Interview.MaxQuestions, filled.Count];
        }

        foreach (var (slot, index) in filled)
        {
            foreach (var problem in ToQuestion(slot, index + 1).Problems())
            {
                yield return localizer[problem.Text, problem.Arguments];
            }

            if (slot.Kind != QuestionKind.FreeText && slot.OptionLines().Any(o => o.Length > FieldLengths.Title))
            {
                yield return localizer["Question {0} has an option longer than {1} characters.", index + 1, FieldLengths.Title];
            }
        }
    }

    /// <summary>The questions the form describes, numbered from one without the empty slots.</summary>
    public static List<InterviewQuestion> QuestionsOf(IReadOnlyList<QuestionInput> slots) =>
        slots.Where(s => !s.IsEmpty).Select((slot, index) => ToQuestion(slot, index + 1)).ToList();

    /// <summary>Whether two questionnaires ask the same questions with the same options, in the same order.</summary>
    public static bool SameQuestions(IEnumerable<InterviewQuestion> stored, IEnumerable<InterviewQuestion> typed) =>
        Describe(stored).SequenceEqual(Describe(typed));

    /// <summary>The slots shown: the typed questions, then empty ones up to five.</summary>
    public static IReadOnlyList<QuestionInput> SlotsOf(InterviewInput input) =>
        input.Questions.Concat(Enumerable.Range(0, Math.Max(0, Slots - input.Questions.Count)).Select(_ => new QuestionInput())).ToList();

    private static InterviewQuestion ToQuestion(QuestionInput slot, int position) => new()
    {
        Position = position,
        Text = slot.Text?.Trim() ?? "",
        Kind = slot.Kind,
        // Options of a free answer would never be shown; they are dropped rather than kept out of sight.
        Options = slot.Kind == QuestionKind.FreeText ? [] : slot.OptionLines().Select((text, i) => new InterviewOption { Position = i + 1, Text = text }).ToList(),
    };

    private static IEnumerable<string> Describe(IEnumerable<InterviewQuestion> questions) =>
        questions.OrderBy(q => q.Position).Select(q => $"{q.Kind}|{q.Text}|{string.Join('\n', q.Options.OrderBy(o => o.Position).Select(o => o.Text))}");

    private static string Trimmed(string? value) => value?.Trim() ?? "";
}
