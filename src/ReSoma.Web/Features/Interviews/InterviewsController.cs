using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews;

/// <summary>The public interviews: the archive, one interview with its questionnaire, and the Atom feed.</summary>
[Route("interviews")]
public sealed class InterviewsController(InterviewPageQuery pages) : Controller
{
    [HttpGet("{year:int}/{month:int}/{slug}")]
    public async Task<IActionResult> Details(int year, int month, string slug, CancellationToken cancellationToken)
    {
        if (!InterviewMonth.IsValid(year, month))
        {
            return NotFound();
        }

        var page = await pages.PublicAsync(year, month, slug, Reader(), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    private QuestionnaireReader Reader() => new(
        User.Identity?.IsAuthenticated == true ? User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value : null,
        Request.Cookies.TryGetValue(QuestionnaireReader.CookieName, out var cookie) && !string.IsNullOrEmpty(cookie) ? QuestionnaireReader.HashCookie(cookie) : null);
}
