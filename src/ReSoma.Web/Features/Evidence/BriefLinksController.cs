using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Evidence;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Evidence;

/// <summary>The links of one brief, set by editors: which contributions it cites, which brief it follows up, where it
/// was discussed. "Draws on a consultation" stays on the brief's own form.</summary>
[Route("editor/briefs/{id:int}/links")]
[Authorize(Policy = Policies.Editorial)]
public sealed class BriefLinksController(ReSomaDbContext db, EvidenceLinks links, IStringLocalizer<BriefLinksController> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, CancellationToken cancellationToken) =>
        await PageAsync(id, new BriefLinkInput(), cancellationToken) is { } page ? View("BriefLinks", page) : NotFound();

    [HttpPost("")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Add(int id, BriefLinkInput input, CancellationToken cancellationToken)
    {
        if (!await db.Briefs.AnyAsync(b => b.Id == id, cancellationToken))
        {
            return NotFound();
        }

        if (ModelState.IsValid && await links.AddAsync(id, input.Kind!.Value, input.Target, cancellationToken) is { } refusal)
        {
            // The refusals are the resource's keys (EvidenceLinks and BriefLink.RefusalOf say why in English).
            ModelState.AddModelError(nameof(BriefLinkInput.Target), localizer[refusal]);
        }

        if (ModelState.IsValid)
        {
            return Redirect(Url.Content($"~/editor/briefs/{id}/links?done=added"));
        }

        var view = View("BriefLinks", await PageAsync(id, input, cancellationToken));
        view.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return view;
    }

    [HttpPost("{linkId:int}/remove")]
    public async Task<IActionResult> Remove(int id, int linkId, CancellationToken cancellationToken) =>
        await links.RemoveAsync(id, linkId, cancellationToken) ? Redirect(Url.Content($"~/editor/briefs/{id}/links?done=removed")) : NotFound();

    private async Task<BriefLinksPage?> PageAsync(int id, BriefLinkInput input, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.AsNoTracking().Where(b => b.Id == id).Select(b => new { b.Id, b.Title, b.Status, b.Language }).FirstOrDefaultAsync(cancellationToken);
        return brief is null ? null : new BriefLinksPage(brief.Id, brief.Title, brief.Language, brief.Status == BriefStatus.Published,
            await links.OfBriefAsync(id, publicOnly: false, cancellationToken), await links.TargetsAsync(id, cancellationToken), input);
    }
}

public sealed record BriefLinksPage(int BriefId, string Title, string Language, bool IsPublished, IReadOnlyList<LinkedItem> Links, IReadOnlyList<LinkTarget> Targets, BriefLinkInput Input);
