using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>
/// One consultation in the back office, at <c>/editor/consultations/{slug}</c> (the address the issue names): its
/// participants and waitlist (the registration mechanism's list, whose CSV and check-in have their own pages), a mail to
/// all participants, and the moderation of written contributions.
/// <c>/editor/consultations/new</c> stays the create form: a literal segment outranks <c>{slug}</c>, and "new" is a
/// reserved slug.
/// </summary>
[Route("editor/consultations/{slug}")]
[Authorize(Policy = Policies.Editorial)]
public sealed class ConsultationDeskController(
    ConsultationDeskQuery desks,
    Registrables registrables,
    ParticipantMailing mailing,
    ContributionModeration moderation,
    ContributionAttachments attachments,
    IStringLocalizer<ConsultationDeskController> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Desk(string slug, CancellationToken cancellationToken) =>
        await desks.RunAsync(slug, cancellationToken) is { } desk ? View(desk) : NotFound();

    [HttpPost("email")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Email(string slug, ParticipantMailInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(slug, d => d with { Mail = input }, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        if (await registrables.ConsultationAsync(slug, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var outcome = await mailing.SendAsync(item, input, cancellationToken);
        return RedirectToAction(nameof(Desk), new { slug, done = "mailed", sent = outcome.Sent, failed = outcome.Failed > 0 ? outcome.Failed : (int?)null });
    }

    [HttpPost("contributions/{id:int}/accept")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Accept(string slug, int id, ModerationInput input, CancellationToken cancellationToken) =>
        await DecideAsync(slug, id, ContributionStatus.Accepted, input, cancellationToken);

    [HttpPost("contributions/{id:int}/reject")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Reject(string slug, int id, ModerationInput input, CancellationToken cancellationToken) =>
        await DecideAsync(slug, id, ContributionStatus.Rejected, input, cancellationToken);

    [HttpGet("contributions/{id:int}/attachment")]
    public async Task<IActionResult> Attachment(string slug, int id, CancellationToken cancellationToken) =>
        await attachments.FindAsync(slug, id, cancellationToken) is { } file ? new FileStreamResult(file.Content, "application/pdf") { FileDownloadName = file.DownloadName, LastModified = file.LastModified } : NotFound();

    private async Task<IActionResult> DecideAsync(string slug, int id, ContributionStatus decision, ModerationInput input, CancellationToken cancellationToken)
    {
        var result = ModelState.IsValid
            ? await moderation.DecideAsync(slug, id, decision, input, User.FindFirstValue(ClaimTypes.NameIdentifier), await ModeratorAsync(cancellationToken), cancellationToken)
            : ContributionModeration.Result.ReasonMissing;
        switch (result)
        {
            case ContributionModeration.Result.Done:
                return RedirectToAction(nameof(Desk), controllerName: null, new { slug, done = decision == ContributionStatus.Accepted ? "accepted" : "rejected" }, $"contribution-{id}");
            case ContributionModeration.Result.ReasonMissing:
                if (ModelState.IsValid)
                {
                    ModelState.AddModelError(nameof(ModerationInput.Reason), localizer["Say why the contribution is rejected; its author will see the reason."]);
                }

                return await ShowAsync(slug, d => d with { RejectingId = id, RejectReason = input.Reason }, StatusCodes.Status422UnprocessableEntity, cancellationToken);
            case ContributionModeration.Result.Stale:
                ModelState.AddModelError("", localizer["This contribution changed since you opened the page: its author edited it, or another editor decided on it. Read it again below before you decide."]);
                return await ShowAsync(slug, d => d, StatusCodes.Status409Conflict, cancellationToken);
            default:
                return NotFound();
        }
    }

    private async Task<string> ModeratorAsync(CancellationToken cancellationToken) =>
        await moderation.ModeratorNameAsync(User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);

    private async Task<IActionResult> ShowAsync(string slug, Func<ConsultationDesk, ConsultationDesk> keep, int status, CancellationToken cancellationToken)
    {
        if (await desks.RunAsync(slug, cancellationToken) is not { } desk)
        {
            return NotFound();
        }

        var view = View(nameof(Desk), keep(desk));
        view.StatusCode = status;
        return view;
    }
}
