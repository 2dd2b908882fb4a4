using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Admin.Cycles;

[Route("admin/cycles")]
[Authorize(Policy = Policies.Admin)]
public sealed class AdminCyclesController(
    AdminCycleListQuery list, AdminCyclePageQuery details, OpenCycleForm form, OpenCycleWizard wizard, CycleOpener opener, CyclePhaseMover mover, CyclePlanner planner,
    UserManager<ApplicationUser> users) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await list.RunAsync(cancellationToken));

    [HttpGet("new")]
    public async Task<IActionResult> Create(int? year, CancellationToken cancellationToken) => View(await form.BlankAsync(year, cancellationToken));

    /// <summary>Every step of the wizard posts here; the button pressed (<see cref="OpenCycleInput.Go"/>) says where
    /// to go, and only "open" writes anything.</summary>
    [HttpPost("new")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Create(OpenCycleInput input, CancellationToken cancellationToken)
    {
        var asked = input.Go switch
        {
            "dates" => OpenCycleStep.Dates,
            "topics" => OpenCycleStep.Topics,
            _ => OpenCycleStep.Review,
        };
        var bindingErrors = ModelState.Where(e => e.Value is { Errors.Count: > 0 })
            .SelectMany(e => e.Value!.Errors.Select(error => new FormError(e.Key, error.ErrorMessage))).ToList();
        ModelState.Clear();
        var shown = await wizard.StepAsync(input, asked, bindingErrors, cancellationToken);
        if (input.Go == "open" && shown is { Page.Step: OpenCycleStep.Review, Errors.Count: 0 })
        {
            if (await CurrentUserAsync() is not { } recorder)
            {
                return Challenge();
            }

            switch (await opener.OpenAsync(input, recorder.Id, recorder.Name, cancellationToken))
            {
                case CycleOpener.Opened opened:
                    return RedirectToAction(nameof(Details), new { year = opened.Year, done = "opened" });
                case CycleOpener.Refused refused:
                    shown = await wizard.RefusedAsync(input, refused, cancellationToken);
                    break;
            }
        }

        shown.Errors.ToList().ForEach(e => ModelState.AddModelError(e.Field, e.Message));
        var view = View(shown.Page);
        view.StatusCode = shown.Errors.Count > 0 ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        return view;
    }

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Details(int year, CancellationToken cancellationToken) =>
        await details.RunAsync(year, null, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{year:int}/phase")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Move(int year, PhaseMoveInput input, CancellationToken cancellationToken)
    {
        var status = StatusCodes.Status422UnprocessableEntity;
        if (ModelState.IsValid)
        {
            if (await CurrentUserAsync() is not { } recorder)
            {
                return Challenge();
            }

            var refusal = await mover.MoveAsync(year, input, recorder.Id, recorder.Name, cancellationToken);
            if (refusal is null)
            {
                return RedirectToAction(nameof(Details), new { year, done = "moved" });
            }

            ModelState.AddModelError("", refusal);
            status = StatusCodes.Status409Conflict;
        }

        if (await details.RunAsync(year, input, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        var view = View(nameof(Details), page);
        view.StatusCode = status;
        return view;
    }

    [HttpPost("{year:int}/plan")]
    [HandlesInvalidInput]
    public async Task<IActionResult> Plan(int year, PlanInput input, CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            var refused = await planner.PlanAsync(year, input, cancellationToken);
            if (refused.Count == 0)
            {
                return RedirectToAction(nameof(Details), new { year, done = "planned" });
            }

            refused.ToList().ForEach(e => ModelState.AddModelError(e.Field, e.Message));
        }

        if (await details.RunAsync(year, null, cancellationToken, input) is not { } page)
        {
            return NotFound();
        }

        var view = View(nameof(Details), page);
        view.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return view;
    }

    // The name is written into the record as it is today: the timeline keeps it even if the account changes later.
    private async Task<Recorder?> CurrentUserAsync() =>
        await users.GetUserAsync(User) is { } user
            ? new Recorder(user.Id, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? user.Id : user.DisplayName)
            : null;

    private sealed record Recorder(string Id, string Name);
}
