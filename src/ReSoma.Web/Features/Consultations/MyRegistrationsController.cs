using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ReSoma.Web.Features.Consultations;

[Route("account/registrations")]
[Authorize]
public sealed class MyRegistrationsController(MyRegistrationsQuery query) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("MyRegistrations", await query.RunAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken));
}
