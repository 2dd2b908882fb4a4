using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>The form names the account it acts on (the email typed into a sign-in or reset form).</summary>
public interface IAccountTarget
{
    string AccountKey { get; }
}

/// <summary>
/// Applies a rate limit policy per target account: the email address a bound <see cref="IAccountTarget"/> form
/// names, or else the signed-in person. Runs after model binding, which the rate limiter middleware runs before.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LimitPerAccountAttribute(string policy) : Attribute, IAsyncActionFilter, IOrderedFilter
{
    public string Policy => policy;

    // Before the invalid-form filter: a flood of half-filled forms is still a flood.
    public int Order => -1000;

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var key = context.ActionArguments.Values.OfType<IAccountTarget>().Select(t => t.AccountKey).FirstOrDefault(k => !string.IsNullOrWhiteSpace(k))
            ?? context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (key is not null)
        {
            var limits = context.HttpContext.RequestServices.GetRequiredService<AccountRateLimits>();
            if (await limits.TryAcquireAsync(policy, key) is { } retryAfter)
            {
                RateLimitingSetup.Refuse(context.HttpContext, retryAfter, policy + " per account");
                context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status429TooManyRequests);
                return;
            }
        }

        await next();
    }
}
