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
    TimeProvider clock) : ItemEditorController<EventInput, EventSnapshot, EditEventPage>(editor)
{
    protected override EventInput Blank() => EventInput.Blank(clock.GetUtcNow());

    protected override string Noun => "event";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await list.RunAsync(cancellationToken));

    protected override async Task CheckReferencesAsync(int? id, EventInput input, CancellationToken cancellationToken)
    {
        foreach (var (field, error) in await editor.CheckReferencesAsync(input, creating: id is null, cancellationToken))
        {
            ModelState.AddModelError(field, error);
        }
    }
}
