using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Briefs.Citations;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Metadata;
using ReSoma.Web.Infrastructure.Usage;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Briefs;

/// <summary>The public library: list and search, a brief's page, its PDF, its citations, its DataCite record and the Atom feed.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.Briefs, CacheTags.Consultations, CacheTags.Cycles])]
[Route("briefs")]
public sealed class BriefsController(BriefListQuery list, BriefPageQuery pages, BriefPdfs pdfs, BriefFeed feed, SiteAddress site, IStringLocalizer<BriefsController> localizer) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? area, string? series, string? topic, string? year, string? organisation, int page = 1, CancellationToken cancellationToken = default) =>
        View(await list.RunAsync(new BriefFilters(q, area, series, topic, year, organisation, page), cancellationToken));

    [HttpGet("feed")]
    public async Task<IActionResult> Feed(string? area, CancellationToken cancellationToken)
    {
        var atom = await feed.AtomAsync(AreaNames.FromSlug(area), site.Root, cancellationToken);
        return Content(atom, "application/atom+xml; charset=utf-8", Encoding.UTF8);
    }

    [HttpGet("{slug}")]
    [CountsUsage(UsageKinds.Brief, UsageMetric.View)]
    public async Task<IActionResult> Details(string slug, CancellationToken cancellationToken)
    {
        if (await pages.PublicAsync(slug, cancellationToken) is not { } brief)
        {
            return NotFound();
        }

        // Set before the view runs, so the output cache stores the header with the page.
        Response.Headers.Link = WebLinks.Header(BriefMetadata.Signposts(brief, site.Root));
        return View(brief);
    }

    [HttpGet("{slug}" + BriefMetadata.DataCitePath)]
    public async Task<IActionResult> DataCite(string slug, CancellationToken cancellationToken) =>
        await pages.PublicAsync(slug, cancellationToken) is { Status: BriefStatus.Published } brief
            ? Content(DataCiteXml.Document(BriefMetadata.DataCite(brief, site.Root)), DataCiteXml.ContentType + "; charset=utf-8", Encoding.UTF8)
            : NotFound();

    [HttpGet("{slug}/pdf")]
    [CountsUsage(UsageKinds.Brief, UsageMetric.Download)]
    public async Task<IActionResult> Pdf(string slug, CancellationToken cancellationToken)
    {
        var pdf = await pdfs.FindAsync(slug, site.Root, cancellationToken);
        if (pdf is null)
        {
            return NotFound();
        }

        return File(pdf.Content, "application/pdf", pdf.DownloadName, pdf.LastModified,
            new Microsoft.Net.Http.Headers.EntityTagHeaderValue(pdf.ETag), enableRangeProcessing: true);
    }

    [HttpGet("{slug}/cite")]
    public async Task<IActionResult> Cite(string slug, string? format, CancellationToken cancellationToken)
    {
        var brief = await pages.PublicAsync(slug, cancellationToken);
        if (brief is null)
        {
            return NotFound();
        }

        var citation = BriefCitations.From(brief, site.Root);
        if (string.IsNullOrWhiteSpace(format))
        {
            return View(new CitePage(brief, citation, null));
        }

        if (CitationFormat.Find(format) is not { } chosen)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new CitePage(brief, citation, localizer["There is no citation format \"{0}\". Choose one of the formats below.", format]));
        }

        var download = File(Encoding.UTF8.GetBytes(chosen.Write(citation)), chosen.ContentType + "; charset=utf-8", $"resoma-{slug}.{chosen.Extension}");
        return download;
    }
}

public sealed record CitePage(BriefPage Brief, CitationData Citation, string? Error);
