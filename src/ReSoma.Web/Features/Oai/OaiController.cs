using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Oai;

/// <summary>
/// The OAI-PMH 2.0 endpoint through which aggregators (OpenAIRE, BASE) harvest the briefs.
/// The actions take no parameters on purpose: with nothing to bind, MVC leaves the body unread, so the POST action
/// can read the arguments exactly as sent (see <see cref="OaiArguments"/>).
/// </summary>
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.AnyContent])]
[Route("oai")]
public sealed class OaiController(OaiProtocol protocol, SiteAddress site) : Controller
{
    private const string ContentType = "text/xml; charset=utf-8";

    [HttpGet("")]
    public async Task<IActionResult> Get() =>
        await RespondAsync(OaiArguments.FromQuery(Request.QueryString));

    // Harvesters are machines posting protocol arguments, with no cookies or session to forge, and the endpoint
    // changes nothing: an antiforgery token would only make the spec's POST binding unusable.
    [HttpPost("")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Post() =>
        await RespondAsync(await OaiArguments.FromFormBodyAsync(Request, HttpContext.RequestAborted));

    // Every answer is 200, errors included: the protocol carries its errors in the XML (spec 3.6).
    private async Task<IActionResult> RespondAsync(OaiArguments arguments) =>
        Content(await protocol.RespondAsync(arguments, site.Root, site.Host, HttpContext.RequestAborted), ContentType, Encoding.UTF8);
}
