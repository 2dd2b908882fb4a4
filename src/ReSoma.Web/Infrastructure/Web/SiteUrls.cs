namespace ReSoma.Web.Infrastructure.Web;

/// <summary>
/// Absolute links for mail. During a request: the address the visitor used. In background work (reminders):
/// <c>Site:BaseUrl</c>, which production sets to the public address.
/// </summary>
public sealed class SiteUrls(IHttpContextAccessor http, IConfiguration configuration)
{
    public string Root
    {
        get
        {
            if (http.HttpContext?.Request is { } request)
            {
                return SiteRoot.Of(request);
            }

            var configured = configuration["Site:BaseUrl"];
            return string.IsNullOrWhiteSpace(configured) ? "http://localhost:5185" : configured.TrimEnd('/');
        }
    }

    public string For(string path) => Root + path;
}
