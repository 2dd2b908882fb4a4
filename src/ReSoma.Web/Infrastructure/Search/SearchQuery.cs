namespace ReSoma.Web.Infrastructure.Search;

/// <summary>
/// What a visitor typed, reduced to terms: every <see cref="Clauses">clause</see> must match (a clause is one term,
/// or several joined by OR) and no <see cref="Excluded">excluded</see> term may. Each engine quotes every term it
/// sends, so its own query syntax can never be reached from the search box (docs/decisions/0021).
/// </summary>
public sealed class SearchQuery
{
    public const int MaxTerms = 12;
    public const int MaxWordLength = SearchTokens.MaxWordLength;

    /// <summary>Shorter starts of words would match most of the index: "in*" is searched as the word "in".</summary>
    public const int MinPrefixLength = 3;

    private SearchQuery(string original, IReadOnlyList<SearchClause> clauses, IReadOnlyList<SearchTerm> excluded)
    {
        Original = original;
        Clauses = clauses;
        Excluded = excluded;
    }

    public string Original { get; }

    public IReadOnlyList<SearchClause> Clauses { get; }

    public IReadOnlyList<SearchTerm> Excluded { get; }

    /// <summary>Every term looked for (not the excluded ones): what snippets highlight.</summary>
    public IReadOnlyList<SearchTerm> Terms => Clauses.SelectMany(c => c.Terms).ToList();

    /// <summary>Nothing to look for: the engines are not asked.</summary>
    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>Only words to leave out (<c>-dublin</c>): nothing that any result must contain.</summary>
    public bool OnlyExcludes => IsEmpty && Excluded.Count > 0;

    public static SearchQuery Parse(string? text)
    {
        var original = (text ?? "").Trim();
        var tokens = SearchTokens.Read(original);
        var clauses = new List<List<SearchTerm>>();
        var excluded = new List<SearchTerm>();
        var orPending = false;
        for (var i = 0; i < tokens.Count && clauses.Sum(c => c.Count) + excluded.Count < MaxTerms; i++)
        {
            var token = tokens[i];
            if (token.IsOr)
            {
                // OR joins the terms either side of it; at the start, the end or next to an exclusion it joins nothing.
                orPending = clauses.Count > 0 && i > 0 && !tokens[i - 1].IsExcluded && !tokens[i - 1].IsOr;
                continue;
            }

            var term = Term(token) with { AlsoPrefix = i == tokens.Count - 1 && IsBareWord(token) };
            if (token.IsExcluded)
            {
                excluded.Add(term);
            }
            else if (orPending)
            {
                clauses[^1].Add(term);
            }
            else if (!clauses.Any(c => c.Count == 1 && c[0].Kind == term.Kind && c[0].Text == term.Text))
            {
                clauses.Add([term]);
            }

            orPending = false;
        }

        return new SearchQuery(original, clauses.Select(c => new SearchClause(c)).ToList(), excluded);
    }

    private static SearchTerm Term(SearchToken token) => token.Kind switch
    {
        SearchTermKind.Phrase => new SearchTerm(SearchTermKind.Phrase, [string.Join(' ', token.Words)]),
        SearchTermKind.Prefix when token.Words[0].Length >= MinPrefixLength => new SearchTerm(SearchTermKind.Prefix, token.Words),
        _ => new SearchTerm(SearchTermKind.Word, WordFamilies.FormsOf(token.Words[0])),
    };

    private static bool IsBareWord(SearchToken token) =>
        !token.IsExcluded && !token.IsQuoted && token.Kind == SearchTermKind.Word && token.Words[0].Length >= MinPrefixLength;
}
