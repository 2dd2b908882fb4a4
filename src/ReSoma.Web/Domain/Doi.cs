using System.Text.RegularExpressions;

namespace ReSoma.Web.Domain;

/// <summary>
/// A Digital Object Identifier as editors paste it ("10.1234/abc", "doi:10.1234/abc" or "https://doi.org/10.1234/abc"),
/// kept in its bare form "10.prefix/suffix". The pattern is the one Crossref recommends for modern DOIs: it accepts
/// every DOI registered since 2008 and refuses spaces, quotes and angle brackets, which would break links and XML.
/// </summary>
public static partial class Doi
{
    /// <returns>The bare DOI, or null when the text is not one.</returns>
    public static string? Normalise(string? text)
    {
        var value = text?.Trim() ?? "";
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                value = value[prefix.Length..].Trim();
                break;
            }
        }

        return Pattern().IsMatch(value) ? value : null;
    }

    /// <summary>The resolver address of a bare DOI, the form DOI's display guidelines ask for.</summary>
    public static string Url(string doi) => "https://doi.org/" + doi;

    [GeneratedRegex(@"^10\.\d{4,9}/[-._;()/:A-Za-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
