using System.Globalization;
using System.Text;

namespace ReSoma.Web.Domain;

/// <summary>URL-friendly names: "Asylum seekers & Dublin" → "asylum-seekers-dublin"; accents become plain letters.</summary>
public static class Slugs
{
    public const int MaxLength = 60;

    public static string From(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsLetterOrDigit(c) && c < 128 ? char.ToLowerInvariant(c) : c is 'ł' or 'Ł' ? 'l' : c is 'ø' or 'Ø' ? 'o' : c is 'ß' ? 's' : '-');
        }

        var slug = string.Join('-', plain.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > MaxLength)
        {
            // Cut at a word boundary, so a slug never ends in half a word.
            var cut = slug.LastIndexOf('-', MaxLength);
            slug = cut > MaxLength / 2 ? slug[..cut] : slug[..MaxLength].TrimEnd('-');
        }

        return slug.Length == 0 ? "item" : slug;
    }
}
