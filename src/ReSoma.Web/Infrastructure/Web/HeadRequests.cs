using Microsoft.AspNetCore.Http.Features;

namespace ReSoma.Web.Infrastructure.Web;

public static class HeadRequests
{
    /// <summary>
    /// <c>HEAD</c> answers as <c>GET</c> would, with the same status and headers and no body, on every page. MVC
    /// routes an <c>[HttpGet]</c> action for GET alone (HEAD got a 405), so the request is handled as a GET whose
    /// body goes nowhere; the output cache then answers HEAD from the same entry as GET.
    /// </summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Request.Method = HttpMethods.Get;
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
            context.Request.Method = HttpMethods.Head;
        }
    });
}
