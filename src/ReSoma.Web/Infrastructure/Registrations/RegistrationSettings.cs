using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>A question as an editor writes it on the registration settings page.</summary>
public sealed class QuestionInput : IValidatableObject
{
    [Required(ErrorMessage = "Choose the kind of question.")]
    [EnumDataType(typeof(RegistrationQuestionKind), ErrorMessage = "Choose one of the four kinds of question.")]
    [Display(Name = "Kind of answer")]
    public RegistrationQuestionKind? Kind { get; set; }

    [Required(ErrorMessage = "Write the question.")]
    [StringLength(RegistrationQuestion.MaxPrompt, ErrorMessage = "The question can be at most {1} characters.")]
    [Display(Name = "Question")]
    public string Prompt { get; set; } = "";

    [StringLength(RegistrationQuestion.MaxChoices * (RegistrationQuestion.MaxChoice + 2), ErrorMessage = "The choices are too long.")]
    [Display(Name = "Choices (one per line)")]
    public string? Choices { get; set; }

    [Display(Name = "Required")]
    public bool IsRequired { get; set; }

    public static QuestionInput Of(RegistrationQuestion q) => new() { Kind = q.Kind, Prompt = q.Prompt, Choices = q.Choices, IsRequired = q.IsRequired };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind is { } kind && RegistrationQuestion.ProblemWith(kind, Choices) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(Choices)]);
        }
    }
}

/// <summary>The reminders an editor chose on the settings page, in hours before the start.</summary>
public sealed class ReminderInput
{
    public List<int> Hours { get; set; } = [];
}

/// <summary>One question as the settings page lists it, with how many people have answered it.</summary>
public sealed record QuestionRow(RegistrationQuestion Question, int Answers);

/// <summary>The registration settings of one item: its questions in order and the reminders chosen.</summary>
public sealed record RegistrationSettingsPage(Registrable Item, IReadOnlyList<QuestionRow> Questions, IReadOnlyList<int> ReminderHours)
{
    public bool IsFull => Questions.Count >= RegistrationQuestion.MaxPerPool;
}

/// <summary>
/// What editors set about registering for a consultation or an event: the questions asked (added, changed, moved,
/// removed with their answers) and when reminders go out. Everything is saved through tracked changes, so the public
/// pages, whose form shows the questions, are evicted from the output cache.
/// </summary>
public sealed class RegistrationSettings(ReSomaDbContext db, IStringLocalizer<RegistrationSettings> localizer)
{
    public async Task<RegistrationSettingsPage> LoadAsync(Registrable item, CancellationToken cancellationToken = default)
    {
        var questions = await db.RegistrationQuestions.AsNoTracking().Where(q => q.SeatPoolId == item.SeatPoolId)
            .OrderBy(q => q.Position).ThenBy(q => q.Id)
            .Select(q => new QuestionRow(q, db.RegistrationAnswers.Count(a => a.RegistrationQuestionId == q.Id)))
            .ToListAsync(cancellationToken);
        var hours = await db.SeatPools.AsNoTracking().Where(p => p.Id == item.SeatPoolId).Select(p => p.ReminderHours).SingleAsync(cancellationToken);
        return new RegistrationSettingsPage(item, questions, SeatPool.ParseLeads(hours));
    }

    public async Task SetRemindersAsync(Registrable item, IEnumerable<int> hours, CancellationToken cancellationToken = default)
    {
        var pool = await db.SeatPools.SingleAsync(p => p.Id == item.SeatPoolId, cancellationToken);
        pool.ReminderHours = SeatPool.LeadsText(hours);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <returns>Why not, or null when added.</returns>
    public async Task<string?> AddAsync(Registrable item, QuestionInput input, CancellationToken cancellationToken = default)
    {
        var positions = await db.RegistrationQuestions.Where(q => q.SeatPoolId == item.SeatPoolId).Select(q => q.Position).ToListAsync(cancellationToken);
        if (positions.Count >= RegistrationQuestion.MaxPerPool)
        {
            return $"A registration form can ask at most {RegistrationQuestion.MaxPerPool} questions: remove one before adding another.";
        }

        var question = new RegistrationQuestion { SeatPoolId = item.SeatPoolId, Position = positions.DefaultIfEmpty(0).Max() + 1, Prompt = "" };
        Apply(question, input);
        db.RegistrationQuestions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <returns>Why not, or null when saved; <see cref="Missing"/> when the question is not this item's.</returns>
    public async Task<string?> UpdateAsync(Registrable item, int questionId, QuestionInput input, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(item, questionId, cancellationToken) is not { } question)
        {
            return Missing;
        }

        // Answers already given were to the question as it was: they keep meaning something only within the same kind.
        if (question.Kind != input.Kind && await db.RegistrationAnswers.AnyAsync(a => a.RegistrationQuestionId == questionId, cancellationToken))
        {
            return localizer["People have already answered this question, so its kind of answer cannot change: add a new question instead."];
        }

        Apply(question, input);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Removes a question and every answer given to it.</summary>
    public async Task<bool> RemoveAsync(Registrable item, int questionId, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(item, questionId, cancellationToken) is not { } question)
        {
            return false;
        }

        db.RegistrationAnswers.RemoveRange(await db.RegistrationAnswers.Where(a => a.RegistrationQuestionId == questionId).ToListAsync(cancellationToken));
        db.RegistrationQuestions.Remove(question);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Swaps a question with the one before it in the form.</summary>
    public async Task<bool> MoveUpAsync(Registrable item, int questionId, CancellationToken cancellationToken = default)
    {
        var questions = await db.RegistrationQuestions.Where(q => q.SeatPoolId == item.SeatPoolId).OrderBy(q => q.Position).ThenBy(q => q.Id).ToListAsync(cancellationToken);
        var index = questions.FindIndex(q => q.Id == questionId);
        if (index < 0)
        {
            return false;
        }

        if (index > 0)
        {
            (questions[index - 1], questions[index]) = (questions[index], questions[index - 1]);
            // Renumbered from 1, which also mends positions that two questions happened to share.
            for (var i = 0; i < questions.Count; i++)
            {
                questions[i].Position = i + 1;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>The answer of <see cref="UpdateAsync"/> when the question is not this item's (or no longer exists).</summary>
    public const string Missing = "missing";

    private Task<RegistrationQuestion?> FindAsync(Registrable item, int questionId, CancellationToken cancellationToken) =>
        db.RegistrationQuestions.FirstOrDefaultAsync(q => q.Id == questionId && q.SeatPoolId == item.SeatPoolId, cancellationToken);

    private static void Apply(RegistrationQuestion question, QuestionInput input)
    {
        question.Kind = input.Kind!.Value;
        question.Prompt = input.Prompt.Trim();
        question.Choices = question.HasChoices ? string.Join('\n', RegistrationQuestion.SplitLines(input.Choices)) : "";
        question.IsRequired = input.IsRequired;
    }
}
