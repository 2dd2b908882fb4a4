using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Web;

public static class ErrorPagesSetup
{
    /// <summary>
    /// Errors and status codes shown as pages in the portal's look (Features/Errors). A database that is busy or out of
    /// reach answers 503, not 500: the visitor may simply try again, and the page and its Retry-After header say so.
    /// </summary>
    public static IApplicationBuilder UsePortalErrorPages(this IApplicationBuilder app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            StatusCodeSelector = e => SqliteFaults.IsUnavailable(e) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            // The error page logs it once, as a warning; the middleware would log it again as an unhandled error.
            SuppressDiagnosticsCallback = c => SqliteFaults.IsUnavailable(c.Exception),
        });
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        return app;
    }
}
