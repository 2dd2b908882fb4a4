using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Infrastructure.Caching;

namespace ReSoma.Web.Features.Briefs.Versions;

/// <summary>Every published version of a brief stays readable at its own address.</summary>
[Route("briefs/{slug}/versions")]
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.Briefs])]
public sealed class BriefVersionsController(BriefVersionsQuery versions) : Controller
{
    [HttpGet("{number:int:min(1)}")]
    public async Task<IActionResult> Show(string slug, int number, CancellationToken cancellationToken) =>
        await versions.PublicAsync(slug, number, cancellationToken) is { } page ? View("~/Features/Briefs/Versions/Version.cshtml", page) : NotFound();
}
