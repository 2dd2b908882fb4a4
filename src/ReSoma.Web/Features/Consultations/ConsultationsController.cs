using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
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
    SiteAddress site,
    IAuthorizationService authorization,
    IStringLocalizer<ConsultationsController> localizer) : RegisteringController(registrations)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? area, string? format, string? topic, string? show, CancellationToken cancellationToken) =>
        View(await list.RunAsync(area, format, topic, show == "past", cancellationToken));

    /// <summary>The feed of consultations only, which calendar apps subscribe to (<c>/calendar.ics</c> adds the events).
    /// A literal segment outranks <c>{slug}</c>, and no slug has a dot.</summary>
    [HttpGet("calendar.ics")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken) =>
        Content(await calendars.ConsultationsAsync(site.Root, cancellationToken), CalendarExport.ContentType, Encoding.UTF8);

    /// <summary>A draft or scheduled consultation is not found, except by editors, who see it as a preview.</summary>
    [HttpGet("{slug}")]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken) =>
        await pages.RunAsync(slug, UserId, StakeholderRoles, await IsEditorAsync(), cancellationToken: cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("{slug}/ics")]
    public async Task<IActionResult> Ics(string slug, CancellationToken cancellationToken)
    {
        var ics = await calendars.ConsultationFileAsync(slug, site.Root, cancellationToken);
        return ics is null ? NotFound() : File(Encoding.UTF8.GetBytes(ics), CalendarExport.ContentType, $"resoma-{slug}.ics");
    }

    // Contributions go only to a published consultation: not even an editor's preview takes one.
    [HttpGet("{slug}/contribution")]
    [Authorize]
    public async Task<IActionResult> Contribution(string slug, CancellationToken cancellationToken)
    {
        var page = await pages.RunAsync(slug, UserId, StakeholderRoles, mayPreview: false, cancellationToken: cancellationToken);
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
        var page = await pages.RunAsync(slug, UserId, StakeholderRoles, mayPreview: false, cancellationToken: cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        if (!page.AcceptsContributions)
        {
            ModelState.AddModelError("", !page.AcceptsContributionsFromSomeone
                ? localizer["This consultation is closed, so contributions can no longer be sent or changed."]
                : page.Registration is not null
                    ? localizer["Written contributions to this consultation come from registered participants: register first."]
                    : localizer["This consultation is open to {0} only.", Registrar.RolesInWords(page.AllowedRoles, localizer)]);
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

    protected override string NounOfPage => "consultation";

    protected override Task<Registrable?> FindRegistrableAsync(string slug, CancellationToken cancellationToken) =>
        registrables.ConsultationAsync(slug, cancellationToken);

    protected override async Task<ViewResult?> PageAsync(string slug, RegistrationInput? input, CancellationToken cancellationToken) =>
        await pages.RunAsync(slug, UserId, StakeholderRoles, await IsEditorAsync(), input, cancellationToken) is { } page ? View(nameof(Details), page) : null;

    private async Task<bool> IsEditorAsync() =>
        User.Identity?.IsAuthenticated == true && (await authorization.AuthorizeAsync(User, Policies.Editorial)).Succeeded;
}

public sealed record ContributionPage(ConsultationPage Consultation, ContributionInput Input, ContributionCommands.Mine? Mine);
