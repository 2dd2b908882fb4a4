namespace ReSoma.Web.Infrastructure.Search;

public enum SearchTermKind
{
    /// <summary>A word, found in any of its forms (the stemmer's inflections and its <see cref="WordFamilies"/>).</summary>
    Word,

    /// <summary>The start of a word, typed as <c>integrat*</c>.</summary>
    Prefix,

    /// <summary>Words side by side, typed in quotes.</summary>
    Phrase,
}

/// <summary>
/// One thing the visitor looks for. <see cref="Forms"/> holds lower-case letters and digits only, so every engine can
/// quote them without any of its syntax getting through.
/// </summary>
public sealed record SearchTerm(SearchTermKind Kind, IReadOnlyList<string> Forms)
{
    /// <summary>The last word typed is also looked for as the start of a word: the visitor may not have finished it.</summary>
    public bool AlsoPrefix { get; init; }

    public string Text => Forms[0];

    public bool IsPhrase => Kind == SearchTermKind.Phrase;

    /// <summary>The term as it would be typed into the search box.</summary>
    public string Typed => Kind switch
    {
        SearchTermKind.Phrase => $"\"{Text}\"",
        SearchTermKind.Prefix => Text + "*",
        _ => Text,
    };
}

/// <summary>Terms of which at least one must match: one term, or several typed with OR between them.</summary>
public sealed record SearchClause(IReadOnlyList<SearchTerm> Terms)
{
    public string Typed => string.Join(" OR ", Terms.Select(t => t.Typed));
}
