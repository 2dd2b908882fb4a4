using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.Routing;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>
/// Redirects go where MVC sends them, with the address made sendable: Kestrel refuses a <c>Location</c> header with
/// anything beyond ASCII or a control character, and throws while the header is set. A return address typed into a
/// link (<c>/account/login?returnUrl=/%E2%80%AEx</c>, an RTL override) passed the local-address check and made the login
/// a 500. Such characters are percent-encoded as UTF-8, which is what a browser sends for them anyway.
/// </summary>
public static class SendableRedirects
{
    public static IServiceCollection AddSendableRedirects(this IServiceCollection services)
    {
        services.AddSingleton<IActionResultExecutor<LocalRedirectResult>, LocalRedirectExecutor>();
        services.AddSingleton<IActionResultExecutor<RedirectResult>, RedirectExecutor>();
        return services;
    }

    /// <summary>The address with every character outside printable ASCII percent-encoded.</summary>
    public static string Location(string url)
    {
        if (url.All(c => c is > ' ' and < '\u007f'))
        {
            return url;
        }

        var sendable = new StringBuilder(url.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in url.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7f)
            {
                sendable.Append((char)rune.Value);
                continue;
            }

            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
            {
                sendable.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sendable.ToString();
    }

    private static void Redirect(ActionContext context, string url, bool permanent, bool preserveMethod)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = preserveMethod
            ? permanent ? StatusCodes.Status308PermanentRedirect : StatusCodes.Status307TemporaryRedirect
            : permanent ? StatusCodes.Status301MovedPermanently : StatusCodes.Status302Found;
        response.Headers.Location = Location(url);
    }

    private sealed class LocalRedirectExecutor(IUrlHelperFactory urls) : IActionResultExecutor<LocalRedirectResult>
    {
        public Task ExecuteAsync(ActionContext context, LocalRedirectResult result)
        {
            var helper = result.UrlHelper ?? urls.GetUrlHelper(context);

            // As MVC's own executor: a non-local address here is a bug in the action, not the visitor's doing.
            if (!helper.IsLocalUrl(result.Url))
            {
                throw new InvalidOperationException("The supplied URL is not local. A URL with an absolute path is considered local if it does not have a host/authority part.");
            }

            Redirect(context, helper.Content(result.Url), result.Permanent, result.PreserveMethod);
            return Task.CompletedTask;
        }
    }

    private sealed class RedirectExecutor(IUrlHelperFactory urls) : IActionResultExecutor<RedirectResult>
    {
        public Task ExecuteAsync(ActionContext context, RedirectResult result)
        {
            var helper = result.UrlHelper ?? urls.GetUrlHelper(context);
            Redirect(context, helper.IsLocalUrl(result.Url) ? helper.Content(result.Url) : result.Url, result.Permanent, result.PreserveMethod);
            return Task.CompletedTask;
        }
    }
}
