using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Registrations;

/// <summary>A person's own registrations, for consultations and events alike. Every query is filtered by the signed-in
/// person, so another person's registration id is simply not found.</summary>
[Route("account/registrations")]
[Authorize]
public sealed class MyRegistrationsController(MyRegistrationsQuery query, Certificates certificates) : Controller
{
    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("MyRegistrations", await query.ListAsync(UserId, cancellationToken));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Registration(int id, CancellationToken cancellationToken) =>
        await query.OneAsync(UserId, id, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("{id:int}/certificate.pdf")]
    public async Task<IActionResult> Certificate(int id, CancellationToken cancellationToken) =>
        await certificates.ForAsync(UserId, id, cancellationToken) is { } pdf ? File(pdf.Content, "application/pdf", pdf.FileName) : NotFound();
}
