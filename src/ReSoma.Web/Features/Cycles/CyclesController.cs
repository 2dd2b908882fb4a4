using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Cycles;

[Route("cycles")]
public sealed class CyclesController(
    CycleListQuery list, CyclePageQuery details, ProposalListQuery proposals, ProposeTopic propose, UserManager<ApplicationUser> users) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await list.RunAsync(cancellationToken));

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Details(int year, CancellationToken cancellationToken) =>
        await details.RunAsync(year, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("{year:int}/proposals")]
    public async Task<IActionResult> Proposals(int year, CancellationToken cancellationToken) =>
        await proposals.RunAsync(year, null, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{year:int}/proposals")]
    [Authorize(Policy = Policies.Stakeholder)]
    [HandlesInvalidInput]
    public async Task<IActionResult> Proposals(int year, ProposalInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await ShowProposalsAsync(year, input, StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        switch (await propose.RunAsync(year, input, user.Id, NameOf(user), cancellationToken))
        {
            case ProposeTopic.Proposed proposed:
                return RedirectToAction(nameof(Proposals), null, new { year, done = "proposed" }, $"proposal-{proposed.Id}");
            case ProposeTopic.Refused refused:
                ModelState.AddModelError("", refused.Reason);
                return await ShowProposalsAsync(year, input, StatusCodes.Status409Conflict, cancellationToken);
            default:
                return NotFound();
        }
    }

    private static string NameOf(ApplicationUser user) => string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName;

    private async Task<IActionResult> ShowProposalsAsync(int year, ProposalInput input, int status, CancellationToken cancellationToken)
    {
        if (await proposals.RunAsync(year, input, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        var view = View(nameof(Proposals), page);
        view.StatusCode = status;
        return view;
    }
}
