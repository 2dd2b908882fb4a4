using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Feeds;
using ReSoma.Web.Infrastructure.Usage;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Interviews;

/// <summary>The public interviews: the archive, one interview with its questionnaire, the answers, and the Atom feed.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name, Tags = [CacheTags.Interviews, CacheTags.Briefs, CacheTags.Cycles])]
[Route("interviews")]
public sealed class InterviewsController(InterviewArchiveQuery archive, InterviewPageQuery pages, InterviewFeed feed, QuestionnaireAnswers answers, SiteAddress site) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? year, string? area, string? topic, int page = 1, CancellationToken cancellationToken = default) =>
        View(await archive.RunAsync(new InterviewArchiveFilters(year, area, topic, page), cancellationToken));

    [HttpGet("feed")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken) =>
        AtomFeed.Result(await feed.AtomAsync(site.Root, cancellationToken));

    [HttpGet("{year:int}/{month:int}/{slug}")]
    [CountsUsage(UsageKinds.Interview, UsageMetric.View)]
    public async Task<IActionResult> Details(int year, int month, string slug, CancellationToken cancellationToken)
    {
        if (!InterviewMonth.IsValid(year, month))
        {
            return NotFound();
        }

        var page = await pages.PublicAsync(year, month, slug, Reader(), cancellationToken);
        return page is null ? NotFound() : View(page);
    }

    /// <summary>Checks the answers against the interview's own questions, so it handles its input itself.</summary>
    [HttpPost("{id:int}/answers")]
    [EnableRateLimiting(RateLimitPolicies.QuestionnaireAnswers)]
    [HandlesInvalidInput]
    public async Task<IActionResult> Answer(int id, CancellationToken cancellationToken)
    {
        // An anonymous reader's browser is known by a random cookie; a new one is only handed out with a saved answer.
        var newCookie = UserId is null && BrowserCookie is null ? QuestionnaireReader.NewCookie() : null;
        var reader = newCookie is null ? Reader() : new QuestionnaireReader(null, QuestionnaireReader.HashCookie(newCookie));
        var submission = QuestionnaireSubmission.FromForm(await Request.ReadFormAsync(cancellationToken));
        var outcome = await answers.SubmitAsync(id, reader, submission, cancellationToken);
        if (outcome.Result == AnswerResult.NotFound)
        {
            return NotFound();
        }

        if (outcome.Result == AnswerResult.Saved)
        {
            if (newCookie is not null)
            {
                Response.Cookies.Append(QuestionnaireReader.CookieName, newCookie, QuestionnaireReader.CookieOptions(Request));
            }

            return Redirect(outcome.Path + "#questionnaire");
        }

        return await ShowRefusedAsync(outcome, reader, submission, cancellationToken);
    }

    // The interview page again, with the reasons and what the reader chose: 422 for answers that do not fit the
    // questions, 409 for a questionnaire this reader can no longer answer.
    private async Task<IActionResult> ShowRefusedAsync(AnswerOutcome outcome, QuestionnaireReader reader, QuestionnaireSubmission submission, CancellationToken cancellationToken)
    {
        foreach (var (field, message) in outcome.Errors)
        {
            ModelState.AddModelError(field, message);
        }

        var page = await pages.PublicAsync(outcome.Month.Year, outcome.Month.Month, outcome.Slug, reader, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var view = View(nameof(Details), page with { Questionnaire = page.Questionnaire with { Submission = submission } });
        view.StatusCode = outcome.Result == AnswerResult.Invalid ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status409Conflict;
        return view;
    }

    private string? UserId => User.Identity?.IsAuthenticated == true ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    private string? BrowserCookie => Request.Cookies.TryGetValue(QuestionnaireReader.CookieName, out var cookie) && !string.IsNullOrEmpty(cookie) ? cookie : null;

    private QuestionnaireReader Reader() => new(UserId, BrowserCookie is { } cookie ? QuestionnaireReader.HashCookie(cookie) : null);
}
