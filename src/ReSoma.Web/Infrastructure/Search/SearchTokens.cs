using System.Text;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>A piece of what the visitor typed: a term (maybe excluded with a minus) or the operator OR.</summary>
internal sealed record SearchToken(SearchTermKind Kind, IReadOnlyList<string> Words, bool IsExcluded, bool IsOr = false)
{
    /// <summary>Typed in quotes: even a single word is then taken as it is, never as the start of a longer one.</summary>
    public bool IsQuoted { get; init; }

    public static readonly SearchToken Or = new(SearchTermKind.Word, [], IsExcluded: false, IsOr: true);
}

/// <summary>
/// Reads the search box: words, <c>word*</c>, <c>"a phrase"</c>, <c>-word</c>, <c>-"a phrase"</c> and an upper-case
/// <c>OR</c>. Any other character only separates words, so nothing else of either engine's syntax survives.
/// </summary>
internal static class SearchTokens
{
    public const int MaxWordLength = 40;

    /// <summary>Longer phrases are cut to their first words.</summary>
    public const int MaxPhraseWords = 8;

    /// <summary>Only this much of a query is read: with the cap on terms, it keeps SQL Server's condition within its
    /// 4,000 characters (nobody types a longer search; a pasted paragraph is cut).</summary>
    public const int MaxQueryLength = 400;

    public static List<SearchToken> Read(string text)
    {
        text = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
        var tokens = new List<SearchToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            // A minus excludes only at the start of a token: "asylum-seekers" is two words, not an exclusion.
            var excluded = text[i] == '-' && i + 1 < text.Length && (text[i + 1] == '"' || char.IsLetterOrDigit(text[i + 1]));
            if (excluded)
            {
                i++;
            }

            if (text[i] == '"')
            {
                var closing = text.IndexOf('"', i + 1);
                if (closing > i)
                {
                    var words = Words(text[(i + 1)..closing]).Select(w => w.Word).Take(MaxPhraseWords).ToList();
                    if (words.Count > 0)
                    {
                        tokens.Add(new SearchToken(words.Count == 1 ? SearchTermKind.Word : SearchTermKind.Phrase, words, excluded) { IsQuoted = true });
                    }

                    i = closing + 1;
                    continue;
                }

                i++; // an unbalanced quote is dropped; what follows is read as words
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            AddChunk(text[start..i], excluded, tokens);
        }

        return tokens;
    }

    private static void AddChunk(string chunk, bool excluded, List<SearchToken> tokens)
    {
        if (!excluded && chunk == "OR")
        {
            tokens.Add(SearchToken.Or);
            return;
        }

        var words = Words(chunk).ToList();
        if (excluded && words.Count > 1)
        {
            // "-asylum-seekers": the words side by side are what is left out, as the index reads them.
            tokens.Add(new SearchToken(SearchTermKind.Phrase, words.Select(w => w.Word).Take(MaxPhraseWords).ToList(), IsExcluded: true));
            return;
        }

        tokens.AddRange(words.Select(w => new SearchToken(w.IsPrefix ? SearchTermKind.Prefix : SearchTermKind.Word, [w.Word], excluded)));
    }

    /// <summary>Letters and digits only, lower case; every other character ends a word, as in the index. A star
    /// right after a word marks it as a prefix.</summary>
    private static IEnumerable<(string Word, bool IsPrefix)> Words(string text)
    {
        var word = new StringBuilder();
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0)
            {
                yield return (word.Length > MaxWordLength ? word.ToString(0, MaxWordLength) : word.ToString(), c == '*');
                word.Clear();
            }
        }
    }
}
