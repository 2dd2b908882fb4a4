using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>
/// The editorial plan, the interview form, and its previews. The previews are the public page itself, marked as a
/// preview: <c>/editor/interviews/{id}/preview</c> is the link editors share, and the live preview renders the form as
/// typed. The workflow buttons are <see cref="InterviewWorkflowController"/>.
/// </summary>
[Route("editor/interviews")]
[Authorize(Policy = Policies.Editorial)]
public sealed class EditorInterviewsController(
    InterviewPlanQuery plan,
    InterviewEditor editor,
    InterviewEditPages pages,
    InterviewDrafts drafts,
    InterviewPageQuery previews,
    EditorAccounts accounts,
    TimeProvider clock) : Controller
{
    public const string PublicView = "~/Features/Interviews/Details.cshtml";

    // Room above the photo limit, so an oversized photo reaches the action and gets a clear message instead of a 413.
    private const long RequestLimit = 8L * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await plan.RunAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult Create(int? year, int? month) =>
        View(InterviewInput.Blank(year is { } y && month is { } m && InterviewMonth.IsValid(y, m)
            ? new InterviewMonth(y, m)
            : InterviewMonth.FromDate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).Next));

    [HttpPost("new")]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Create([Bind(Prefix = nameof(EditInterviewPage.Input))] InterviewInput input, CancellationToken cancellationToken)
    {
        switch (await editor.CreateAsync(input, await accounts.OfAsync(User, cancellationToken), cancellationToken))
        {
            case InterviewEditor.Saved saved:
                return RedirectToAction(nameof(Edit), new { id = saved.Id, done = "created" });
            case InterviewEditor.Refused refused:
                AddErrors(refused.Errors);
                return View(input);
            default:
                return NotFound();
        }
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await pages.LoadAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/edit")]
    [HandlesInvalidInput]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = nameof(EditInterviewPage.Input))] InterviewInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, input, null, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        switch (await editor.SaveAsync(id, input, await accounts.OfAsync(User, cancellationToken), cancellationToken))
        {
            case InterviewEditor.Saved:
                return RedirectToAction(nameof(Edit), new { id, done = "saved" });
            case InterviewEditor.Refused refused:
                AddErrors(refused.Errors);
                return await ShowAsync(id, input, null, StatusCodes.Status422UnprocessableEntity, cancellationToken);
            case InterviewEditor.Conflict conflict:
                ModelState.AddModelError("", conflict.Message);
                if (conflict.Theirs is { } theirs)
                {
                    // The form continues from their version, so saving again keeps this editor's changes on purpose.
                    input.Version = theirs.Version;
                    ModelState.Remove($"{nameof(EditInterviewPage.Input)}.{nameof(InterviewInput.Version)}");
                }
                else
                {
                    // The questionnaire is locked now: the form shows it without fields, so the next save leaves it be.
                    input.Questions.Clear();
                }

                return await ShowAsync(id, input, conflict.Theirs, StatusCodes.Status409Conflict, cancellationToken);
            default:
                return NotFound();
        }
    }

    /// <summary>The preview link: any editor can open it; readers cannot.</summary>
    [HttpGet("{id:int}/preview")]
    public async Task<IActionResult> Preview(int id, CancellationToken cancellationToken) =>
        await previews.PreviewAsync(id, cancellationToken) is { } page ? View(PublicView, page) : NotFound();

    /// <summary>The form as typed, saved or not, rendered as the public page (the editor's script shows it beside the form).</summary>
    [HttpPost("live-preview")]
    [HandlesInvalidInput]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> LivePreview(int? id, [Bind(Prefix = nameof(EditInterviewPage.Input))] InterviewInput input, CancellationToken cancellationToken)
    {
        if (await drafts.PreviewAsync(input, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        // Half-typed input is what a live preview is for: it is shown as it is, not refused, and the public page must
        // not mistake the form's unfinished fields for errors of its own (its questionnaire lists model errors).
        ModelState.Clear();
        return View(PublicView, page);
    }

    private async Task<IActionResult> ShowAsync(int id, InterviewInput input, InterviewConflict? theirs, int status, CancellationToken cancellationToken)
    {
        if (await pages.WithInputAsync(id, input, theirs, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        var view = View(nameof(Edit), page);
        view.StatusCode = status;
        return view;
    }

    private void AddErrors(IEnumerable<FormError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field.Length == 0 ? "" : $"{nameof(EditInterviewPage.Input)}.{error.Field}", error.Message);
        }
    }
}
