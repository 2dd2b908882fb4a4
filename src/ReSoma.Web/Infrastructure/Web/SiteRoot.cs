namespace ReSoma.Web.Infrastructure.Web;

public static class SiteRoot
{
    /// <summary>"https://host/base" for absolute links in feeds, citations and metadata: the address the visitor used.</summary>
    public static string Of(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
