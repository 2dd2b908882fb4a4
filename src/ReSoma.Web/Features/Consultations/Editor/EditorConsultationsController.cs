using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>The consultations list, the create and edit forms, publishing (now, scheduled, back to draft), cancel and
/// reinstate. The participants and moderation page of one consultation is <see cref="ConsultationDeskController"/>.</summary>
[Route("editor/consultations")]
[Authorize(Policy = Policies.Editorial)]
public sealed class EditorConsultationsController(
    EditorConsultationListQuery list,
    ConsultationEditor editor,
    ConsultationCancellation cancellation,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await list.RunAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult Create() => View(ConsultationInput.Blank(clock.GetUtcNow()));

    [HttpPost("new")]
    public async Task<IActionResult> Create(ConsultationInput input, CancellationToken cancellationToken)
    {
        if (await editor.TopicRefusalAsync(input.TopicId, null, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(nameof(ConsultationInput.TopicId), refusal);
            return View(input);
        }

        var id = await editor.CreateAsync(input, cancellationToken);
        return RedirectToAction(nameof(Edit), new { id, done = "created" });
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await editor.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/edit")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Edit(int id, ConsultationInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && await editor.TopicRefusalAsync(input.TopicId, id, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(nameof(ConsultationInput.TopicId), refusal);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, input, null, cancellationToken);
        }

        switch (await editor.SaveAsync(id, input, cancellationToken))
        {
            case ConsultationEditor.Saved saved:
                return RedirectToAction(nameof(Edit), new { id, done = saved.Promoted > 0 ? "promoted" : "saved", promoted = saved.Promoted > 0 ? saved.Promoted : (int?)null });
            case ConsultationEditor.Conflict conflict:
                ModelState.AddModelError("", "Another editor saved this consultation while you were editing. Their version is shown beside yours, and your changes are still in the form: merge what you need and save again to keep yours.");
                input.Version = conflict.Theirs.Version;
                ModelState.Remove(nameof(ConsultationInput.Version));
                return await ShowAsync(id, input, conflict.Theirs, cancellationToken, StatusCodes.Status409Conflict);
            case ConsultationEditor.TooFewSeats refused:
                ModelState.AddModelError(nameof(ConsultationInput.Capacity), refused.SavedVersion is null ? refused.Error : $"Your other changes were saved, but not the capacity: {refused.Error}");
                if (refused.SavedVersion is { } version)
                {
                    input.Version = version;
                    ModelState.Remove(nameof(ConsultationInput.Version));
                }

                return await ShowAsync(id, input, null, cancellationToken);
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
            : await ShowAsync(id, null, null, cancellationToken, schedule: input);

    [HttpPost("{id:int}/unpublish")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken) =>
        await PublicationAsync(id, new PublicationChange.ToDraft(), "unpublished", null, cancellationToken);

    [HttpPost("{id:int}/cancel")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Cancel(int id, CancelConsultationInput input, CancellationToken cancellationToken) =>
        await Outcome(id, ModelState.IsValid ? await cancellation.CancelAsync(id, input.Reason, cancellationToken) : null, "cancelled", cancellationToken);

    [HttpPost("{id:int}/reinstate")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Reinstate(int id, CancellationToken cancellationToken) =>
        await Outcome(id, await cancellation.ReinstateAsync(id, cancellationToken), "reinstated", cancellationToken);

    private async Task<IActionResult> Outcome(int id, string? error, string done, CancellationToken cancellationToken)
    {
        if (error is null && ModelState.IsValid)
        {
            return RedirectToAction(nameof(Edit), new { id, done });
        }

        if (error is not null)
        {
            ModelState.AddModelError("", error);
        }

        var page = await editor.LoadAsync(id, cancellationToken);
        return page is null ? NotFound() : await ShowAsync(id, page.Input, null, cancellationToken);
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

        ModelState.AddModelError(refusal.Field, refusal.Message);
        return await ShowAsync(id, null, null, cancellationToken, refusal.IsAboutTheInput ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict, schedule);
    }

    /// <param name="input">The details form as posted; null shows it as stored.</param>
    private async Task<IActionResult> ShowAsync(
        int id, ConsultationInput? input, ConsultationSnapshot? theirs, CancellationToken cancellationToken, int status = StatusCodes.Status422UnprocessableEntity, ScheduleInput? schedule = null)
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
}
