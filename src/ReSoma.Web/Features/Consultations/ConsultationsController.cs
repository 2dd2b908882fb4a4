using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Registrations;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Consultations;

[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.Consultations, CacheTags.Briefs, CacheTags.Cycles])]
[Route("consultations")]
public sealed class ConsultationsController(
    ConsultationListQuery list,
    ConsultationPageQuery pages,
    Registrables registrables,
    Registrar registrations,
    ContributionCommands contributions,
    CalendarExport calendars,
    SiteAddress site) : Controller
{
    private string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    private IReadOnlyCollection<string> StakeholderRoles => Roles.Stakeholders.Where(User.IsInRole).ToList();

    [HttpGet("")]
    public async Task<IActionResult> Index(string? area, string? format, string? topic, string? show, CancellationToken cancellationToken) =>
        View(await list.RunAsync(area, format, topic, show == "past", cancellationToken));

    /// <summary>The feed of consultations only, which calendar apps subscribe to (<c>/calendar.ics</c> adds the events).
    /// A literal segment outranks <c>{slug}</c>, and no slug has a dot.</summary>
    [HttpGet("calendar.ics")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken) =>
        Content(await calendars.ConsultationsAsync(site.Root, cancellationToken), CalendarExport.ContentType, Encoding.UTF8);

    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken) =>
        await pages.RunAsync(slug, UserId, StakeholderRoles, cancellationToken: cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("{slug}/register")]
    [EnableRateLimiting(RateLimitPolicies.SeatRegistration)]
    [LimitPerAccount(RateLimitPolicies.SeatRegistration)]
    [Authorize]
    [HandlesInvalidInput]
    public async Task<IActionResult> Register(string slug, RegistrationInput input, CancellationToken cancellationToken)
    {
        if (await registrables.ConsultationAsync(slug, cancellationToken) is not { IsPublished: true } item)
        {
            return NotFound();
        }

        var outcome = ModelState.IsValid ? await registrations.RegisterAsync(item, UserId!, StakeholderRoles, input, cancellationToken) : null;
        if (outcome is { Succeeded: true })
        {
            return RedirectToAction(nameof(Details), new { slug, done = outcome.Result!.Status == SeatStatus.Confirmed ? "confirmed" : "waitlisted" });
        }

        if (outcome is not null)
        {
            RegistrationErrors.AddTo(ModelState, outcome);
        }

        return await ShowWithErrorAsync(slug, input, outcome?.Refusal is null ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict, cancellationToken);
    }

    [HttpPost("{slug}/cancel")]
    [Authorize]
    public async Task<IActionResult> Cancel(string slug, string? returnTo, CancellationToken cancellationToken)
    {
        if (await registrables.ConsultationAsync(slug, cancellationToken) is not { IsPublished: true } item)
        {
            return NotFound();
        }

        if (await registrations.CancelAsync(item, UserId!, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            return await ShowWithErrorAsync(slug, null, StatusCodes.Status409Conflict, cancellationToken);
        }

        return returnTo == "mine" ? Redirect("/account/registrations?done=cancelled") : RedirectToAction(nameof(Details), new { slug, done = "cancelled" });
    }

    [HttpGet("{slug}/ics")]
    public async Task<IActionResult> Ics(string slug, CancellationToken cancellationToken)
    {
        var ics = await calendars.ConsultationFileAsync(slug, site.Root, cancellationToken);
        return ics is null ? NotFound() : File(Encoding.UTF8.GetBytes(ics), CalendarExport.ContentType, $"resoma-{slug}.ics");
    }

    [HttpGet("{slug}/contribution")]
    [Authorize]
    public async Task<IActionResult> Contribution(string slug, CancellationToken cancellationToken)
    {
        var page = await pages.RunAsync(slug, UserId, StakeholderRoles, cancellationToken: cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var mine = await contributions.MineAsync(page.Id, UserId!, cancellationToken);
        return View(new ContributionPage(page, mine?.Input ?? new ContributionInput(), mine));
    }

    [HttpPost("{slug}/contribution")]
    [EnableRateLimiting(RateLimitPolicies.Contributions)]
    [LimitPerAccount(RateLimitPolicies.Contributions)]
    [Authorize]
    [HandlesInvalidInput]
    [RequestSizeLimit(ContributionCommands.MaxAttachmentBytes * 2)]
    [RequestFormLimits(MultipartBodyLengthLimit = ContributionCommands.MaxAttachmentBytes * 2)]
    public async Task<IActionResult> Contribution(string slug, ContributionInput input, IFormFile? attachment, CancellationToken cancellationToken)
    {
        var page = await pages.RunAsync(slug, UserId, StakeholderRoles, cancellationToken: cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        if (!page.AcceptsContributions)
        {
            ModelState.AddModelError("", !page.AcceptsContributionsFromSomeone
                ? "This consultation is closed, so contributions can no longer be sent or changed."
                : page.Registration is not null
                    ? "Written contributions to this consultation come from registered participants: register first."
                    : $"This consultation is open to {Registrar.RolesInWords(page.AllowedRoles)} only.");
        }

        var error = ModelState.IsValid ? await contributions.SaveAsync(page.Id, UserId!, input, attachment, cancellationToken) : null;
        if (error is null && ModelState.IsValid)
        {
            return RedirectToAction(nameof(Contribution), new { slug, done = "saved" });
        }

        if (error is not null)
        {
            ModelState.AddModelError("", error);
        }

        var view = View(new ContributionPage(page, input, await contributions.MineAsync(page.Id, UserId!, cancellationToken)));
        view.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return view;
    }

    private async Task<IActionResult> ShowWithErrorAsync(string slug, RegistrationInput? input, int status, CancellationToken cancellationToken)
    {
        if (await pages.RunAsync(slug, UserId, StakeholderRoles, input, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        var view = View(nameof(Details), page);
        view.StatusCode = status;
        return view;
    }
}

public sealed record ContributionPage(ConsultationPage Consultation, ContributionInput Input, ContributionCommands.Mine? Mine);
