using System.Data.Common;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Security;

/// <summary>
/// On every signed-in request: does the session's security stamp still match the account's? Logging out, a new
/// password, a role change, a lock and a deletion all change (or remove) the stamp, so every other copy of the cookie
/// stops working at its next request, on any instance. One primary-key read of one column; the full claims refresh
/// (roles added) still happens every <see cref="IdentitySetup.ClaimsRefreshInterval"/>. See decision 0017.
/// </summary>
public static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = context.Principal?.FindFirstValue(stampClaim);
        string? current;
        try
        {
            current = userId is null
                ? null
                : await services.GetRequiredService<ReSomaDbContext>().Users.AsNoTracking()
                    .Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        }
        catch (DbException)
        {
            // The stamp cannot be read (the database locked or away): this request goes on without the session,
            // which is never more than it may do, and keeps the cookie for later. The page then fails on its own
            // read with the friendly 503; the error page, run through the pipeline again, must not fail here too.
            context.RejectPrincipal();
            return;
        }

        if (stamp is null || current != stamp)
        {
            SecurityEvents.SessionEnded(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionCheck)), userId ?? "unknown");
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
