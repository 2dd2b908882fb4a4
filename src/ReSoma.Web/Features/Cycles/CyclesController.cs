using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Cycles;

[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.AnyContent])]
[Route("cycles")]
public sealed class CyclesController(
    CycleListQuery list, CyclePageQuery details, EvidenceMapQuery evidence, ProposalListQuery proposals, ProposeTopic propose, UserManager<ApplicationUser> users) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await list.RunAsync(cancellationToken));

    [HttpGet("{year:int}")]
    public async Task<IActionResult> Details(int year, CancellationToken cancellationToken) =>
        await details.RunAsync(year, cancellationToken) is { } page ? View(page) : NotFound();

    /// <summary>The cycle's topics against its steps, so that anyone (editors first) sees which topic still lacks what.</summary>
    [HttpGet("{year:int}/evidence")]
    public async Task<IActionResult> Evidence(int year, CancellationToken cancellationToken) =>
        await evidence.RunAsync(year, cancellationToken) is { } map ? View(map) : NotFound();

    [HttpGet("{year:int}/evidence.csv")]
    public async Task<IActionResult> EvidenceCsv(int year, CancellationToken cancellationToken) =>
        await evidence.RunAsync(year, cancellationToken) is { } map
            ? File(await EvidenceMapCsv.WriteAsync(map, cancellationToken), EvidenceMapCsv.ContentType, $"resoma-evidence-{year}.csv")
            : NotFound();

    [HttpGet("next/proposals")]
    public async Task<IActionResult> Proposals(CancellationToken cancellationToken) => View(await proposals.NextCycleAsync(null, cancellationToken));

    [HttpPost("next/proposals")]
    [Authorize(Policy = Policies.Stakeholder)]
    [HandlesInvalidInput]
    public async Task<IActionResult> Proposals(ProposalInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var view = View(await proposals.NextCycleAsync(input, cancellationToken));
            view.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return view;
        }

        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var id = await propose.RunAsync(input, user.Id, NameOf(user), cancellationToken);
        return RedirectToAction(nameof(Proposals), null, new { done = "proposed" }, $"proposal-{id}");
    }

    /// <summary>The proposals a cycle's opening decided. A year without a cycle (an old link to proposals "for 2020")
    /// leads to the proposals waiting for the next cycle, where such proposals now are.</summary>
    [HttpGet("{year:int}/proposals")]
    public async Task<IActionResult> Decided(int year, CancellationToken cancellationToken) =>
        await proposals.DecidedInAsync(year, cancellationToken) is { } page ? View(nameof(Proposals), page) : RedirectToAction(nameof(Proposals));

    private static string NameOf(ApplicationUser user) => string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName;
}
