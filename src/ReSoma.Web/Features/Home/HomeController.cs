using Microsoft.AspNetCore.Mvc;

namespace ReSoma.Web.Features.Home;

public sealed class HomeController(HomePageQuery query) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await query.RunAsync(cancellationToken));
}
