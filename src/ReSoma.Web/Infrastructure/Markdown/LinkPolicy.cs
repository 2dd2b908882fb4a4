namespace ReSoma.Web.Infrastructure.Markdown;

/// <summary>Which link targets user-written content may carry: http, https, mailto, or a path or anchor on this site.</summary>
public static class LinkPolicy
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        if (url.StartsWith('#'))
        {
            return true;
        }

        // "//host" and "/\host" are read by browsers as another site.
        if (url.StartsWith('/'))
        {
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
        }

        // The scheme must be spelled out plainly: browsers ignore tabs and newlines that would hide "javascript:".
        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && AllowedSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase)
            && url.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase);
    }
}
