using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Briefs.Editor;

[Route("editor/briefs")]
[Authorize(Policy = Policies.Editorial)]
public sealed class EditorBriefsController(EditorBriefListQuery list, BriefEditor editor, BriefPdfUploads uploads, BriefPageQuery pages, IStringLocalizer<EditorBriefsController> localizer) : Controller
{
    // Room above the PDF limit, so an oversized file reaches the action and gets a clear message instead of a 413.
    private const long RequestLimit = 64L * 1024 * 1024;

    private string TopicMissing => localizer["Choose the topic the brief is about."];

    private string DoiTaken => localizer["Another brief already has this DOI: a DOI names one publication. Check the number, or leave the field empty."];

    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, string? q, CancellationToken cancellationToken) =>
        View(await list.RunAsync(status, q, cancellationToken));

    [HttpGet("new")]
    public IActionResult Create() => View(new BriefInput());

    [HttpPost("new")]
    public async Task<IActionResult> Create(BriefInput input, CancellationToken cancellationToken)
    {
        if (!await editor.TopicExistsAsync(input.TopicId, cancellationToken))
        {
            ModelState.AddModelError(nameof(BriefInput.TopicId), TopicMissing);
            return View(input);
        }

        if (await editor.DoiTakenAsync(input.BareDoi(), null, cancellationToken))
        {
            ModelState.AddModelError(nameof(BriefInput.Doi), DoiTaken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(input);
        }

        var id = await editor.CreateAsync(input, cancellationToken);
        return RedirectToAction(nameof(Edit), new { id, done = "created" });
    }

    /// <param name="from">An earlier version whose text fills the form, to restore it as the next version.</param>
    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, int? from, CancellationToken cancellationToken) =>
        await (from is { } number ? editor.LoadFromVersionAsync(id, number, cancellationToken) : editor.LoadAsync(id, cancellationToken)) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/edit")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Edit(int id, BriefInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && !await editor.TopicExistsAsync(input.TopicId, cancellationToken))
        {
            ModelState.AddModelError(nameof(BriefInput.TopicId), TopicMissing);
        }

        if (ModelState.IsValid && await editor.DoiTakenAsync(input.BareDoi(), id, cancellationToken))
        {
            ModelState.AddModelError(nameof(BriefInput.Doi), DoiTaken);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, input, null, cancellationToken);
        }

        switch (await editor.SaveAsync(id, input, User.Identity?.Name ?? "", cancellationToken))
        {
            case BriefEditor.Saved:
                return RedirectToAction(nameof(Edit), new { id, done = "saved" });
            case BriefEditor.ChangeNoteNeeded:
                ModelState.AddModelError(nameof(BriefInput.ChangeNote), localizer["The brief is published, so this correction makes a new version: say what changed, for readers."]);
                return await ShowAsync(id, input, null, cancellationToken);
            case BriefEditor.Conflict conflict:
                ModelState.AddModelError("", localizer["Another editor saved this brief while you were editing. Their version is shown beside yours, and your changes are still in the form: merge what you need and save again to keep yours."]);
                input.Version = conflict.Theirs.Version;
                ModelState.Remove(nameof(BriefInput.Version));
                return await ShowAsync(id, input, conflict.Theirs, cancellationToken, StatusCodes.Status409Conflict);
            default:
                return NotFound();
        }
    }

    [HttpGet("{id:int}/preview")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken) =>
        await pages.PreviewAsync(id, cancellationToken) is { } page ? View("~/Features/Briefs/Details.cshtml", page) : NotFound();

    [HttpPost("{id:int}/publish")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Publish(int id, CancellationToken cancellationToken) =>
        await Outcome(id, await editor.PublishAsync(id, User.Identity?.Name ?? "", cancellationToken), "published", cancellationToken);

    [HttpPost("{id:int}/unpublish")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken) =>
        await Outcome(id, await editor.UnpublishAsync(id, cancellationToken), "unpublished", cancellationToken);

    [HttpPost("{id:int}/withdraw")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Withdraw(int id, WithdrawInput input, CancellationToken cancellationToken) =>
        await Outcome(id, ModelState.IsValid ? await editor.WithdrawAsync(id, input.Reason, cancellationToken) : null, "withdrawn", cancellationToken);

    [HttpPost("{id:int}/pdf")]
    [HandlesInvalidInput]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> UploadPdf(int id, IFormFile? pdf, CancellationToken cancellationToken) =>
        await Outcome(id, await uploads.UploadAsync(id, pdf, cancellationToken), "pdf", cancellationToken);

    [HttpPost("{id:int}/pdf/delete")]
    public async Task<IActionResult> RemovePdf(int id, CancellationToken cancellationToken)
    {
        await uploads.RemoveAsync(id, cancellationToken);
        return RedirectToAction(nameof(Edit), new { id, done = "pdf-removed" });
    }

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
        return page is null ? NotFound() : await ShowAsync(id, page.Input, null, cancellationToken, StatusCodes.Status422UnprocessableEntity);
    }

    private async Task<IActionResult> ShowAsync(int id, BriefInput input, BriefSnapshot? theirs, CancellationToken cancellationToken, int status = StatusCodes.Status422UnprocessableEntity)
    {
        var page = await editor.PageWithInputAsync(id, input, theirs, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var view = View(nameof(Edit), page);
        view.StatusCode = status;
        return view;
    }
}
