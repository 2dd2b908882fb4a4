using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Errors;

/// <summary>Status code pages in the portal's look. Reached by re-execution, so the original status is kept.</summary>
[Route("error")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(ILogger<ErrorController> logger, IStringLocalizer<ErrorController> localizer) : Controller
{
    // No parameters on purpose: with nothing to bind, MVC never reads the body. The page is re-executed with the failed
    // request's method and form, and a POST whose form cannot be read (a NUL in a field) would otherwise fail binding,
    // get code 0 and answer 500 instead of its 400.
    [Route("{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show()
    {
        var code = int.Parse((string)RouteData.Values["code"]!, CultureInfo.InvariantCulture);
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure is not null && SqliteFaults.IsUnavailable(failure.Error))
        {
            // Not a bug: a lock held too long or a file out of reach. It passes by itself, so a warning is enough.
            logger.LogWarning("The database was busy or out of reach on {Path}: {Reason}", failure.Path, failure.Error.GetBaseException().Message);
            Response.Headers.RetryAfter = ErrorPage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            code = StatusCodes.Status503ServiceUnavailable;
        }
        else if (code == StatusCodes.Status500InternalServerError && failure is not null)
        {
            logger.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
        }

        // A direct visit to /error/404 answers 404 too; anything unknown is shown as the general error page.
        Response.StatusCode = code is >= 400 and <= 599 ? code : StatusCodes.Status500InternalServerError;
        return View("Error", ErrorPage.For(Response.StatusCode, localizer));
    }
}
