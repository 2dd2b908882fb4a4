using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>
/// Every save of a versioned record is checked against the version it was loaded with (decision 0003). The edit forms
/// catch a stale save and show both versions; the one-click commands (publish, withdraw, cancel...) do not, and two
/// editors clicking at the same moment made the second a 500. Beneath all of them, a stale save nobody handled is a
/// 409 with the conflict page: nothing was changed, and reloading shows what the other person did.
/// </summary>
public sealed class ConcurrencyConflictFilter(ILogger<ConcurrencyConflictFilter> logger) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not DbUpdateConcurrencyException)
        {
            return;
        }

        logger.LogWarning("A stale save on {Path} was refused: someone else changed the record first", context.HttpContext.Request.Path);

        // No body: the status code pages show /error/409 in the portal's look.
        context.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
        context.ExceptionHandled = true;
    }
}
