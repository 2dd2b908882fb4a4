using Microsoft.AspNetCore.Mvc;

namespace ReSoma.Web.Features.About;

[Route("about")]
public sealed class AboutController(PartnersQuery partners) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await partners.RunAsync(cancellationToken));
}
