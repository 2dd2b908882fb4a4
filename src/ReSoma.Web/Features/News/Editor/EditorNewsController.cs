using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.News.Editor;

[Route("editor/news")]
[Authorize(Policy = Policies.Editorial)]
public sealed class EditorNewsController(EditorNewsListQuery list, NewsEditor editor, NewsImageUploads uploads, NewsPageQuery pages, TimeProvider clock, IStringLocalizer<EditorNewsController> localizer) : Controller
{
    // Room above the image limit, so an oversized file reaches the action and gets a clear message instead of a 413.
    private const long RequestLimit = 16L * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, CancellationToken cancellationToken) =>
        View(await list.RunAsync(status, cancellationToken));

    [HttpGet("new")]
    public IActionResult Create() => View(new NewsInput { Date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) });

    [HttpPost("new")]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Create(NewsInput input, CancellationToken cancellationToken)
    {
        var image = await ReadImageAsync(input, cancellationToken);
        if (ModelState.IsValid)
        {
            switch (await editor.CreateAsync(input, image, cancellationToken))
            {
                case NewsEditor.Saved saved:
                    return RedirectToAction(nameof(Edit), new { id = saved.Id, done = "created" });
                case NewsEditor.Refused refused:
                    ModelState.AddModelError(refused.Field, refused.Message);
                    break;
            }
        }

        return View(input);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await editor.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/edit")]
    [HandlesInvalidInput]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Edit(int id, NewsInput input, CancellationToken cancellationToken)
    {
        var image = await ReadImageAsync(input, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, input, null, cancellationToken);
        }

        switch (await editor.SaveAsync(id, input, image, cancellationToken))
        {
            case NewsEditor.Saved:
                return RedirectToAction(nameof(Edit), new { id, done = "saved" });
            case NewsEditor.Conflict conflict:
                ModelState.AddModelError("", localizer["Another editor saved this news item while you were editing. Their version is shown beside yours, and your changes are still in the form: merge what you need and save again to keep yours."]
                    + (image is null ? "" : " " + localizer["The image you chose was not stored: choose it again."]));
                input.Version = conflict.Theirs.Version;
                ModelState.Remove(nameof(NewsInput.Version));
                return await ShowAsync(id, input, conflict.Theirs, cancellationToken, StatusCodes.Status409Conflict);
            case NewsEditor.Refused refused:
                ModelState.AddModelError(refused.Field, refused.Message);
                return await ShowAsync(id, input, null, cancellationToken);
            default:
                return NotFound();
        }
    }

    [HttpGet("{id:int}/preview")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken) =>
        await pages.PreviewAsync(id, cancellationToken) is { } page ? View("~/Features/News/Details.cshtml", page) : NotFound();

    [HttpPost("{id:int}/publish")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Publish(int id, CancellationToken cancellationToken) =>
        await Outcome(id, await editor.PublishAsync(id, cancellationToken), "published", cancellationToken);

    [HttpPost("{id:int}/unpublish")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken) =>
        await Outcome(id, await editor.UnpublishAsync(id, cancellationToken) is { } error ? [error] : [], "unpublished", cancellationToken);

    [HttpPost("{id:int}/delete")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var error = await editor.DeleteAsync(id, cancellationToken);
        return error is null ? RedirectToAction(nameof(Index), new { done = "deleted" }) : await Outcome(id, [error], "", cancellationToken);
    }

    private async Task<ImageUpload?> ReadImageAsync(NewsInput input, CancellationToken cancellationToken)
    {
        var (image, error) = await uploads.ReadAsync(input.Image, cancellationToken);
        if (error is not null)
        {
            ModelState.AddModelError(nameof(NewsInput.Image), error);
        }

        return image;
    }

    private async Task<IActionResult> Outcome(int id, IReadOnlyList<string> errors, string done, CancellationToken cancellationToken)
    {
        if (errors.Count == 0 && ModelState.IsValid)
        {
            return RedirectToAction(nameof(Edit), new { id, done });
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError("", error);
        }

        var page = await editor.LoadAsync(id, cancellationToken);
        return page is null ? NotFound() : await ShowAsync(id, page.Input, null, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(int id, NewsInput input, NewsSnapshot? theirs, CancellationToken cancellationToken, int status = StatusCodes.Status422UnprocessableEntity)
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
