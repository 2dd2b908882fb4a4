using Microsoft.Extensions.Localization;

namespace ReSoma.Web.Features.Errors;

public sealed record ErrorPage(int StatusCode, string Title, string Explanation)
{
    /// <summary>How long a visitor is asked to wait when the database is busy; a lock rarely lasts longer.</summary>
    public const int RetryAfterSeconds = 5;

    public static ErrorPage For(int statusCode, IStringLocalizer localizer) => statusCode switch
    {
        400 => new(400, localizer["That request could not be understood"], localizer["The form may have expired or been changed on the way. Go back, reload the page and try again."]),
        403 => new(403, localizer["You do not have access to this page"], localizer["Your account does not have the role this page needs. If you think it should, ask a ReSOMA administrator."]),
        404 => new(404, localizer["Page not found"], localizer["The page may have moved, or the address may be mistyped. Try the search or start from the home page."]),
        405 => new(405, localizer["That action is not allowed here"], localizer["This address does not accept that kind of request."]),
        409 => new(409, localizer["Someone else changed this at the same moment"], localizer["Nothing was changed by your request. Go back and reload the page to see the current version, then try again."]),
        429 => new(429, localizer["Too many requests"], localizer["Please wait a moment before trying again."]),
        503 => new(503, localizer["ReSOMA is busy for a moment"], localizer["The database is busy or briefly out of reach. Please wait a few seconds and try again. If you were sending a form, it was not saved: send it again."]),
        _ when statusCode >= 500 => new(statusCode, localizer["Something went wrong on our side"], localizer["The error has been logged and we will look into it. Please try again in a few minutes."]),
        _ => new(statusCode, localizer["The request could not be completed"], localizer["Go back and try again, or start from the home page."]),
    };
}
