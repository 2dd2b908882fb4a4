using System.Text;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>One thing the visitor looks for: a word (with the other forms of its word family) or a quoted phrase.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Forms, bool IsPhrase)
{
    public string Text => Forms[0];
}

/// <summary>
/// What a visitor typed, reduced to words and quoted phrases. Everything else — operators, brackets, stars, an
/// unbalanced quote — is dropped here, so the database's query syntax can never be reached from the search box.
/// </summary>
public sealed class SearchQuery
{
    public const int MaxTerms = 12;
    public const int MaxWordLength = 40;

    private SearchQuery(string original, IReadOnlyList<SearchTerm> terms)
    {
        Original = original;
        Terms = terms;
    }

    public string Original { get; }

    public IReadOnlyList<SearchTerm> Terms { get; }

    public bool IsEmpty => Terms.Count == 0;

    public static SearchQuery Parse(string? text)
    {
        var original = (text ?? "").Trim();
        var terms = new List<SearchTerm>();
        var rest = original;
        while (rest.Length > 0 && terms.Count < MaxTerms)
        {
            var quote = rest.IndexOf('"', StringComparison.Ordinal);
            var closing = quote >= 0 ? rest.IndexOf('"', quote + 1) : -1;
            if (quote < 0 || closing < 0)
            {
                AddWords(rest.Replace("\"", " ", StringComparison.Ordinal), terms);
                break;
            }

            AddWords(rest[..quote], terms);
            var phrase = Words(rest[(quote + 1)..closing]).ToList();
            if (phrase.Count == 1)
            {
                terms.Add(new SearchTerm(WordFamilies.FormsOf(phrase[0]), IsPhrase: false));
            }
            else if (phrase.Count > 1)
            {
                terms.Add(new SearchTerm([string.Join(' ', phrase)], IsPhrase: true));
            }

            rest = rest[(closing + 1)..];
        }

        return new SearchQuery(original, terms.Take(MaxTerms).ToList());
    }

    private static void AddWords(string text, List<SearchTerm> terms)
    {
        foreach (var word in Words(text))
        {
            if (terms.All(t => t.IsPhrase || t.Text != word))
            {
                terms.Add(new SearchTerm(WordFamilies.FormsOf(word), IsPhrase: false));
            }
        }
    }

    /// <summary>Letters and digits only, lower case; apostrophes and hyphens split words as the index does.</summary>
    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.Length > MaxWordLength ? word.ToString(0, MaxWordLength) : word.ToString();
                word.Clear();
            }
        }
    }
}
