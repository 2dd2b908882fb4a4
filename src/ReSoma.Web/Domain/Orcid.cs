using System.Text.RegularExpressions;

namespace ReSoma.Web.Domain;

/// <summary>
/// An ORCID iD (0000-0002-1825-0097), accepted bare or as its https://orcid.org/ address. The last character is
/// a check digit over the other fifteen (ISO 7064 MOD 11-2, as ORCID documents it), so a mistyped digit is caught.
/// </summary>
public static partial class Orcid
{
    /// <returns>The iD in its four-group form, or null when the text is not a valid one.</returns>
    public static string? Normalise(string? text)
    {
        var value = text?.Trim() ?? "";
        foreach (var prefix in new[] { "https://orcid.org/", "http://orcid.org/", "orcid.org/" })
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                value = value[prefix.Length..];
                break;
            }
        }

        value = value.ToUpperInvariant();
        return Pattern().IsMatch(value) && CheckDigit(value.Replace("-", "", StringComparison.Ordinal)[..15]) == value[^1] ? value : null;
    }

    public static string Url(string orcid) => "https://orcid.org/" + orcid;

    /// <summary>ISO 7064 MOD 11-2 over the base digits: 10 is written X.</summary>
    public static char CheckDigit(string baseDigits)
    {
        var total = 0;
        foreach (var digit in baseDigits)
        {
            total = (total + (digit - '0')) * 2;
        }

        var result = (12 - (total % 11)) % 11;
        return result == 10 ? 'X' : (char)('0' + result);
    }

    [GeneratedRegex(@"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
