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
    protected override string Noun => "event";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await list.RunAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult Create() => View(EventInput.Blank(clock.GetUtcNow()));

    [HttpPost("new")]
    public async Task<IActionResult> Create(EventInput input, CancellationToken cancellationToken)
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

    protected override async Task CheckReferencesAsync(int? id, EventInput input, CancellationToken cancellationToken)
    {
        foreach (var (field, error) in await editor.CheckReferencesAsync(input, creating: id is null, cancellationToken))
        {
            ModelState.AddModelError(field, error);
        }
    }
}
