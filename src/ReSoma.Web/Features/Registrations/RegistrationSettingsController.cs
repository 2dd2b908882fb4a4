using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Registrations;

/// <summary>The registration settings of a consultation or an event: the questions people answer when they register,
/// and when they are reminded. Every form shown with an error keeps what the editor typed.</summary>
public sealed class RegistrationSettingsController(Registrables registrables, RegistrationSettings settings, IStringLocalizer<RegistrationSettingsController> localizer) : RegistrationDeskBase(registrables)
{
    private const string SettingsView = "RegistrationSettings";

    [HttpGet("registration")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await ItemAsync(cancellationToken) is { } item ? View(SettingsView, await ViewOfAsync(item, null, null, cancellationToken)) : await WithoutSeatsAsync(cancellationToken);

    [HttpPost("registration/reminders")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Reminders(ReminderInput input, CancellationToken cancellationToken)
    {
        if (await ItemAsync(cancellationToken) is not { } item)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            // Only a tampered form sends something other than the hours offered: say so, and save nothing.
            ModelState.Clear();
            ModelState.AddModelError(nameof(ReminderInput.Hours), localizer["Choose the reminders from the times offered."]);
            var view = View(SettingsView, await ViewOfAsync(item, null, null, cancellationToken));
            view.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return view;
        }

        await settings.SetRemindersAsync(item, input.Hours, cancellationToken);
        return Done(item, "reminders");
    }

    [HttpPost("registration/questions")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Add([Bind(Prefix = QuestionForm.Prefix)] QuestionInput input, CancellationToken cancellationToken)
    {
        if (await ItemAsync(cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var refusal = ModelState.IsValid ? await settings.AddAsync(item, input, cancellationToken) : null;
        return ModelState.IsValid && refusal is null ? Done(item, "added") : await ShowAsync(item, null, input, refusal, cancellationToken);
    }

    [HttpPost("registration/questions/{questionId:int}")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Edit(int questionId, [Bind(Prefix = QuestionForm.Prefix)] QuestionInput input, CancellationToken cancellationToken)
    {
        if (await ItemAsync(cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var refusal = ModelState.IsValid ? await settings.UpdateAsync(item, questionId, input, cancellationToken) : null;
        if (refusal == RegistrationSettings.Missing)
        {
            return NotFound();
        }

        return ModelState.IsValid && refusal is null ? Done(item, "saved", questionId) : await ShowAsync(item, questionId, input, refusal, cancellationToken);
    }

    [HttpPost("registration/questions/{questionId:int}/remove")]
    public async Task<IActionResult> Remove(int questionId, CancellationToken cancellationToken) =>
        await ItemAsync(cancellationToken) is { } item && await settings.RemoveAsync(item, questionId, cancellationToken) ? Done(item, "removed") : NotFound();

    [HttpPost("registration/questions/{questionId:int}/up")]
    public async Task<IActionResult> MoveUp(int questionId, CancellationToken cancellationToken) =>
        await ItemAsync(cancellationToken) is { } item && await settings.MoveUpAsync(item, questionId, cancellationToken) ? Done(item, "moved", questionId) : NotFound();

    private RedirectResult Done(Registrable item, string done, int? questionId = null) =>
        Redirect(Url.Content($"~{item.EditorPath}/registration?done={done}") + (questionId is { } id ? $"#question-row-{id}" : ""));

    private async Task<IActionResult> ShowAsync(Registrable item, int? editing, QuestionInput input, string? refusal, CancellationToken cancellationToken)
    {
        if (refusal is not null)
        {
            ModelState.AddModelError("", refusal);
        }

        var view = View(SettingsView, await ViewOfAsync(item, editing, input, cancellationToken));
        view.StatusCode = refusal is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return view;
    }

    private async Task<RegistrationSettingsView> ViewOfAsync(Registrable item, int? editing, QuestionInput? input, CancellationToken cancellationToken)
    {
        var page = await settings.LoadAsync(item, cancellationToken);
        return new RegistrationSettingsView(page, editing, editing is null ? input ?? new QuestionInput { Kind = RegistrationQuestionKind.ShortText } : new QuestionInput(), editing is null ? null : input);
    }
}

/// <summary>The settings page: <see cref="NewQuestion"/> fills the add form; <see cref="Editing"/>, when set, is what
/// the editor typed into the form of question <see cref="EditingId"/>, shown again with its errors.</summary>
public sealed record RegistrationSettingsView(RegistrationSettingsPage Page, int? EditingId, QuestionInput NewQuestion, QuestionInput? Editing);

/// <summary>One question form on the settings page. Every form posts its fields under <see cref="Prefix"/>; the ids
/// start with <see cref="IdPrefix"/> so that the page's many forms keep them apart. Only the form that was posted
/// (<see cref="Posted"/>) shows the errors.</summary>
public sealed record QuestionForm(string IdPrefix, QuestionInput Input, bool Posted)
{
    public const string Prefix = "question";
}
