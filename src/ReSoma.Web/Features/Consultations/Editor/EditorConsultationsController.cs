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
    TimeProvider clock) : ItemEditorController<ConsultationInput, ConsultationSnapshot, EditConsultationPage>(editor)
{
    protected override ConsultationInput Blank() => ConsultationInput.Blank(clock.GetUtcNow());

    protected override string Noun => "consultation";

    protected override async Task CheckReferencesAsync(int? id, ConsultationInput input, CancellationToken cancellationToken)
    {
        if (await editor.TopicRefusalAsync(input.TopicId, id, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError(nameof(ConsultationInput.TopicId), refusal);
        }
    }

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await list.RunAsync(cancellationToken));

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
}
