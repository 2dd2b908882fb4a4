using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Newsletter;

/// <summary>The editors' newsletter: write an issue in Markdown, preview it, mail yourself a test, send it once.</summary>
[Route("editor/newsletter")]
[Authorize(Policy = Policies.Editorial)]
public sealed class NewsletterController(NewsletterListQuery list, NewsletterEditor editor, NewsletterSender sender, IStringLocalizer<NewsletterController> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await list.RunAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult Create() => View(new NewsletterInput());

    [HttpPost("new")]
    public async Task<IActionResult> Create(NewsletterInput input, CancellationToken cancellationToken) =>
        RedirectToAction(nameof(Edit), new { id = await editor.CreateAsync(input, cancellationToken), done = "created" });

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await editor.PageAsync(id, cancellationToken: cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/edit")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Edit(int id, NewsletterInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, input, null, cancellationToken);
        }

        switch (await editor.SaveAsync(id, input, cancellationToken))
        {
            case NewsletterEditor.Saved:
                return RedirectToAction(nameof(Edit), new { id, done = "saved" });
            case NewsletterEditor.Conflict conflict:
                ModelState.AddModelError("", localizer["Another editor saved this issue while you were editing. Their version is shown beside yours, and your changes are still in the form: merge what you need and save again to keep yours."]);
                input.Version = conflict.Version;
                ModelState.Remove(nameof(NewsletterInput.Version));
                return await ShowAsync(id, input, conflict.Theirs, cancellationToken, StatusCodes.Status409Conflict);
            case NewsletterEditor.Refused refused:
                ModelState.AddModelError("", refused.Message);
                return await ShowAsync(id, null, null, cancellationToken);
            default:
                return NotFound();
        }
    }

    [HttpGet("{id:int}/preview")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken) =>
        await sender.PreviewAsync(id, EditorId, cancellationToken) is { } preview ? View(preview) : NotFound();

    [HttpPost("{id:int}/test")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Test(int id, CancellationToken cancellationToken) =>
        await OutcomeAsync(id, await sender.SendTestAsync(id, EditorId, cancellationToken), "tested", cancellationToken);

    [HttpPost("{id:int}/send")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Send(int id, NewsletterSendInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, null, null, cancellationToken);
        }

        var result = await sender.SendAsync(id, cancellationToken);
        return await OutcomeAsync(id, result, result is NewsletterSender.Sent { Finished: true } ? "finished" : "sent", cancellationToken);
    }

    private string EditorId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private async Task<IActionResult> OutcomeAsync(int id, NewsletterSender.SendResult result, string done, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case NewsletterSender.Sent:
                return RedirectToAction(nameof(Edit), new { id, done });
            case NewsletterSender.Refused refused:
                ModelState.AddModelError("", refused.Message);
                return await ShowAsync(id, null, null, cancellationToken);
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> ShowAsync(int id, NewsletterInput? input, NewsletterSnapshot? theirs, CancellationToken cancellationToken, int status = StatusCodes.Status422UnprocessableEntity)
    {
        if (await editor.PageAsync(id, input, theirs, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        var view = View(nameof(Edit), page);
        view.StatusCode = status;
        return view;
    }
}
