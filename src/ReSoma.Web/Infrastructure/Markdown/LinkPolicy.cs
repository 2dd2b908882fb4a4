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

    /// <summary>
    /// Whether an address written into a page's link cannot run script: one without a scheme (a path, a query, an
    /// anchor), or with an allowed one. Browsers drop blanks and control characters around and inside the scheme
    /// ("java\tscript:"), so they are dropped here before looking.
    /// </summary>
    public static bool IsSafeHref(string? url)
    {
        var squeezed = new string((url ?? "").Where(c => c > ' ').ToArray());
        var colon = squeezed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(squeezed[0]) || !squeezed[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
        {
            return true; // "a/b:c", "?q=x:y" and "#a:b" are relative: a scheme comes before any / ? #
        }

        return AllowedSchemes.Contains(squeezed[..colon], StringComparer.OrdinalIgnoreCase);
    }
}
