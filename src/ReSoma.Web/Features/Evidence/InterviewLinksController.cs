using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Evidence;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Evidence;

/// <summary>The briefs an interview discussed, set from the interview's side. They are the same typed links the brief's
/// own page sets ("discussed in"), so both pages show them.</summary>
[Route("editor/interviews/{id:int}/links")]
[Authorize(Policy = Policies.Editorial)]
public sealed class InterviewLinksController(ReSomaDbContext db, EvidenceLinks links, IStringLocalizer<InterviewLinksController> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken cancellationToken) =>
        await PageAsync(id, new InterviewLinkInput(), cancellationToken) is { } page ? View("InterviewLinks", page) : NotFound();

    [HttpPost("")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Add(int id, InterviewLinkInput input, CancellationToken cancellationToken)
    {
        if (!await db.Interviews.AnyAsync(i => i.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid && await links.AddDiscussedInInterviewAsync(id, input.Target, cancellationToken) is { } refusal)
        {
            // The refusals are the resource's keys (EvidenceLinks says why in English).
            ModelState.AddModelError(nameof(InterviewLinkInput.Target), localizer[refusal]);
        }

        if (ModelState.IsValid)
        {
            return Redirect(Url.Content($"~/editor/interviews/{id}/links?done=added"));
        }

        var view = View("InterviewLinks", await PageAsync(id, input, cancellationToken));
        view.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return view;
    }

    [HttpPost("{linkId:int}/remove")]
    public async Task<IActionResult> Remove(int id, int linkId, CancellationToken cancellationToken) =>
        await links.RemoveFromInterviewAsync(id, linkId, cancellationToken) ? Redirect(Url.Content($"~/editor/interviews/{id}/links?done=removed")) : NotFound();

    private async Task<InterviewLinksPage?> PageAsync(int id, InterviewLinkInput input, CancellationToken cancellationToken)
    {
        var interview = await db.Interviews.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.Id, i.Title, i.Language }).FirstOrDefaultAsync(cancellationToken);
        return interview is null ? null : new InterviewLinksPage(interview.Id, interview.Title, interview.Language,
            await links.DiscussedInInterviewAsync(id, cancellationToken), await links.BriefTargetsAsync(cancellationToken), input);
    }
}

public sealed record InterviewLinksPage(int InterviewId, string Title, string Language, IReadOnlyList<LinkedItem> Links, IReadOnlyList<LinkTarget> Targets, InterviewLinkInput Input);

public sealed class InterviewLinkInput
{
    [Required(ErrorMessage = "Choose the brief the interview discussed.")]
    [StringLength(40, ErrorMessage = "Choose the brief from the list.")]
    [Display(Name = "Brief")]
    public string? Target { get; set; }
}
