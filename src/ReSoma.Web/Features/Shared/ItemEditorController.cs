using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Infrastructure.Registrations;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Shared;

/// <summary>
/// The edit actions that consultations and events share, written once: creating, editing (with optimistic concurrency
/// and seat changes) and publishing (now, scheduled, back to draft). A feature's controller inherits them (their routes
/// join its own prefix: <c>/editor/events/{id}/edit</c>) and adds its own checks in <see cref="CheckReferencesAsync"/>.
/// </summary>
public abstract class ItemEditorController<TInput, TSnapshot, TPage>(IItemEditor<TInput, TSnapshot, TPage> editor) : Controller
    where TInput : RegistrableInput
    where TPage : class
{
    /// <summary>"consultation" or "event", for messages.</summary>
    protected abstract string Noun { get; }

    /// <summary>The words of these shared actions, from the shared resource.</summary>
    private IStringLocalizer Localizer => HttpContext.RequestServices.GetRequiredService<IStringLocalizer<PublicationPanel>>();

    private bool IsEvent => Noun == "event";

    /// <summary>A new item's form, filled in with sensible values.</summary>
    protected abstract TInput Blank();

    [HttpGet("new")]
    public IActionResult Create() => View(Blank());

    [HttpPost("new")]
    public async Task<IActionResult> Create(TInput input, CancellationToken cancellationToken)
    {
        await CheckReferencesAsync(null, input, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View(input);
        }

        var id = await editor.CreateAsync(input, cancellationToken);
        return RedirectToAction(nameof(Edit), new { id, done = "created" });
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await editor.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    /// <summary>Adds the errors of what the form refers to (a topic, an address) to the model state.</summary>
    protected virtual Task CheckReferencesAsync(int? id, TInput input, CancellationToken cancellationToken) => Task.CompletedTask;

    [HttpPost("{id:int}/edit")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Edit(int id, TInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            await CheckReferencesAsync(id, input, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, input, default, cancellationToken);
        }

        switch (await editor.SaveAsync(id, input, cancellationToken))
        {
            case ItemSave<TSnapshot>.Saved saved:
                return RedirectToAction(nameof(Edit), new { id, done = saved.Promoted > 0 ? "promoted" : "saved", promoted = saved.Promoted > 0 ? saved.Promoted : (int?)null });
            case ItemSave<TSnapshot>.Conflict conflict:
                ModelState.AddModelError("", IsEvent
                    ? Localizer["Another editor saved this event while you were editing. Their version is shown beside yours, and your changes are still in the form: merge what you need and save again to keep yours."]
                    : Localizer["Another editor saved this consultation while you were editing. Their version is shown beside yours, and your changes are still in the form: merge what you need and save again to keep yours."]);
                return await ShowAsync(id, ContinuingFrom(input, conflict.TheirVersion), conflict.Theirs, cancellationToken, StatusCodes.Status409Conflict);
            case ItemSave<TSnapshot>.SeatsRefused refused:
                ModelState.AddModelError(nameof(RegistrableInput.Capacity), refused.SavedVersion is null ? refused.Error : Localizer["Your other changes were saved, but not the capacity: {0}", refused.Error]);
                return await ShowAsync(id, refused.SavedVersion is { } version ? ContinuingFrom(input, version) : input, default, cancellationToken);
            default:
                return NotFound();
        }
    }

    [HttpPost("{id:int}/publish")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Publish(int id, CancellationToken cancellationToken) =>
        await PublicationAsync(id, new PublicationChange.PublishNow(), "published", null, cancellationToken);

    /// <summary>A time that has passed, or none, comes back as the form with its error (422), not as a failure.</summary>
    [HttpPost("{id:int}/schedule")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Schedule(int id, ScheduleInput input, CancellationToken cancellationToken) =>
        ModelState.IsValid
            ? await PublicationAsync(id, new PublicationChange.Schedule(input.PublishOn!.Value), "scheduled", input, cancellationToken)
            : await ShowAsync(id, null, default, cancellationToken, schedule: input);

    [HttpPost("{id:int}/unpublish")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken) =>
        await PublicationAsync(id, new PublicationChange.ToDraft(), "unpublished", null, cancellationToken);

    /// <param name="input">The details form as posted; null shows it as stored.</param>
    protected async Task<IActionResult> ShowAsync(
        int id, TInput? input, TSnapshot? theirs, CancellationToken cancellationToken, int status = StatusCodes.Status422UnprocessableEntity, ScheduleInput? schedule = null)
    {
        var page = await editor.PageWithInputAsync(id, input, theirs, schedule, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var view = View(nameof(Edit), page);
        view.StatusCode = status;
        return view;
    }

    // A refused time is the editor's input to correct (422); a refused state (published meanwhile) is a conflict (409).
    private async Task<IActionResult> PublicationAsync(int id, PublicationChange change, string done, ScheduleInput? schedule, CancellationToken cancellationToken)
    {
        if (!await editor.ExistsAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (await editor.ChangePublicationAsync(id, change, cancellationToken) is not { } refusal)
        {
            return RedirectToAction(nameof(Edit), new { id, done });
        }

        ModelState.AddModelError(refusal.Field, InLanguage(refusal.Message));
        return await ShowAsync(id, null, default, cancellationToken, refusal.IsAboutTheInput ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict, schedule);
    }

    // The domain words its refusals in English; they are known sentences, shown in the page's language.
    private string InLanguage(string message)
    {
        const string SkippedHour = "That time falls in the hour that ";
        const string SkippedHourEnd = " skips when the clocks go forward: choose another time.";
        if (message == $"The {Noun} is already published.")
        {
            return IsEvent ? Localizer["The event is already published."] : Localizer["The consultation is already published."];
        }

        if (message == $"The {Noun} is already published: unpublish it first to schedule it for another time.")
        {
            return IsEvent
                ? Localizer["The event is already published: unpublish it first to schedule it for another time."]
                : Localizer["The consultation is already published: unpublish it first to schedule it for another time."];
        }

        if (message == $"The {Noun} is a draft already.")
        {
            return IsEvent ? Localizer["The event is a draft already."] : Localizer["The consultation is a draft already."];
        }

        if (message == "That time has already passed: choose a time in the future, or publish now.")
        {
            return Localizer["That time has already passed: choose a time in the future, or publish now."];
        }

        if (message.StartsWith(SkippedHour, StringComparison.Ordinal) && message.EndsWith(SkippedHourEnd, StringComparison.Ordinal))
        {
            return Localizer["That time falls in the hour that {0} skips when the clocks go forward: choose another time.", message[SkippedHour.Length..^SkippedHourEnd.Length]];
        }

        return message;
    }

    // The form goes on from the stored version: the posted one would be refused again.
    private TInput ContinuingFrom(TInput input, int version)
    {
        input.Version = version;
        ModelState.Remove(nameof(RegistrableInput.Version));
        return input;
    }
}
