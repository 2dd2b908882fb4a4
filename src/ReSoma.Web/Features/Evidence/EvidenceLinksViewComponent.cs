using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Infrastructure.Evidence;

namespace ReSoma.Web.Features.Evidence;

/// <summary>What a page's evidence links to and is linked from, for the public: a brief's own links and the briefs
/// following it up; the briefs citing a consultation's contributions; the briefs discussed in an interview or at an
/// event. Pages name the component and the item; only published ends are shown.</summary>
public sealed class EvidenceLinksViewComponent(EvidenceLinks links) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string kind, int id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var model = kind switch
        {
            "brief" => new EvidenceLinksBox(await links.OfBriefAsync(id, publicOnly: true, cancellationToken), await links.BriefsFollowingUpAsync(id, cancellationToken), "Followed up by"),
            "consultation" => new EvidenceLinksBox([], await links.BriefsCitingConsultationAsync(id, cancellationToken), "Briefs citing contributions to this consultation"),
            "interview" => new EvidenceLinksBox([], await links.BriefsDiscussedInInterviewAsync(id, cancellationToken), "Briefs discussed in this interview"),
            "event" => new EvidenceLinksBox([], await links.BriefsDiscussedAtEventAsync(id, cancellationToken), "Briefs discussed at this event"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "No evidence links for this kind of page."),
        };
        return View("~/Features/Evidence/_EvidenceLinks.cshtml", model);
    }
}

/// <param name="Outgoing">What the item links to (a brief's citations, follow-ups, discussions).</param>
/// <param name="Incoming">The published briefs linking to the item, under <paramref name="IncomingHeading"/> (a key of
/// the Evidence resource, which the view translates).</param>
public sealed record EvidenceLinksBox(IReadOnlyList<LinkedItem> Outgoing, IReadOnlyList<LinkedItem> Incoming, string IncomingHeading);
