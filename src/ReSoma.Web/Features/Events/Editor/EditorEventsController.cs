using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Events.Editor;

/// <summary>The events back office: the list, create and edit forms, publishing (now, scheduled, back to draft). An event's participants, check-in and
/// registration settings are the registration mechanism's pages (Features/Registrations).</summary>
[Route("editor/events")]
[Authorize(Policy = Policies.Editorial)]
public sealed class EditorEventsController(
    EditorEventListQuery list,
    EventEditor editor,
    TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await list.RunAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult Create() => View(EventInput.Blank(clock.GetUtcNow()));

    [HttpPost("new")]
    public async Task<IActionResult> Create(EventInput input, CancellationToken cancellationToken)
    {
        if (await RefuseReferencesAsync(input, creating: true, cancellationToken))
        {
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
    public async Task<IActionResult> Edit(int id, EventInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || await RefuseReferencesAsync(input, creating: false, cancellationToken))
        {
            return await ShowAsync(id, input, null, cancellationToken);
        }

        switch (await editor.SaveAsync(id, input, cancellationToken))
        {
            case EventEditor.Saved saved:
                return RedirectToAction(nameof(Edit), new { id, done = saved.Promoted > 0 ? "promoted" : "saved", promoted = saved.Promoted > 0 ? saved.Promoted : (int?)null });
            case EventEditor.Conflict conflict:
                ModelState.AddModelError("", "Another editor saved this event while you were editing. Their version is shown beside yours, and your changes are still in the form: merge what you need and save again to keep yours.");
                input.Version = conflict.Theirs.Version;
                ModelState.Remove(nameof(EventInput.Version));
                return await ShowAsync(id, input, conflict.Theirs, cancellationToken, StatusCodes.Status409Conflict);
            case EventEditor.SeatsRefused refused:
                ModelState.AddModelError(nameof(EventInput.Capacity), refused.SavedVersion is null ? refused.Error : $"Your other changes were saved, but not the capacity: {refused.Error}");
                if (refused.SavedVersion is { } version)
                {
                    input.Version = version;
                    ModelState.Remove(nameof(EventInput.Version));
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

    private async Task<bool> RefuseReferencesAsync(EventInput input, bool creating, CancellationToken cancellationToken)
    {
        foreach (var (field, error) in await editor.CheckReferencesAsync(input, creating, cancellationToken))
        {
            ModelState.AddModelError(field, error);
        }

        return !ModelState.IsValid;
    }

    /// <param name="input">The details form as posted; null shows it as stored.</param>
    private async Task<IActionResult> ShowAsync(
        int id, EventInput? input, EventSnapshot? theirs, CancellationToken cancellationToken, int status = StatusCodes.Status422UnprocessableEntity, ScheduleInput? schedule = null)
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
