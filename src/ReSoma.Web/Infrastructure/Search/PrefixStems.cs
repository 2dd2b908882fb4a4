namespace ReSoma.Web.Infrastructure.Search;

/// <summary>
/// FTS5's Porter tokenizer indexes stems, not words: "integration" is stored as "integr". A prefix query
/// <c>"integrat"*</c> looks for stored terms that start with "integrat" and finds none, because the visitor typed past
/// the stem. So a prefix is also searched as each shorter stem it may have passed: a start of the prefix whose rest
/// ("at") could begin one of the endings Porter removes ("ation"). SQL Server indexes whole words and needs none of this.
/// </summary>
public static class PrefixStems
{
    /// <summary>Stems shorter than this are too often other words ("part" of "partner").</summary>
    private const int MinStemLength = 4;

    // The derivational and inflectional endings the Porter stemmer strips, alone or in the chains it strips them in.
    private static readonly string[] Endings =
    [
        "ation", "ations", "ational", "ationally", "ate", "ated", "ates", "ating", "ator", "ators",
        "ion", "ions", "ional", "ionally", "ement", "ements", "ment", "ments", "mental", "ness", "ing", "ings", "ed", "er", "ers",
        "ive", "ively", "iveness", "ivity", "ize", "ized", "izes", "izing", "ization", "izations",
        "ise", "ised", "ises", "ising", "isation", "isations", "al", "ally", "alise", "alised", "alize", "alized",
        "alisation", "alization", "alism", "alist", "alists", "ality", "ance", "ances", "ence", "ences", "ency",
        "ent", "ently", "ant", "ants", "ism", "isms", "ist", "ists", "ity", "ities", "ous", "ously", "ousness",
        "ful", "fully", "fulness", "able", "ably", "ability", "ible", "ibly", "ibility", "ic", "ical", "ically",
    ];

    /// <summary>The shorter stems <paramref name="prefix"/> may have passed, longest first; none for most prefixes.</summary>
    public static IEnumerable<string> Of(string prefix)
    {
        // The rest must be at least two letters: one letter begins too many endings to say anything.
        for (var length = prefix.Length - 2; length >= MinStemLength; length--)
        {
            var rest = prefix[length..];
            if (Endings.Any(e => e.StartsWith(rest, StringComparison.Ordinal)))
            {
                yield return prefix[..length];
            }
        }
    }
}
