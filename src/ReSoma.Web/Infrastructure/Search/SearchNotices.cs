using Microsoft.Extensions.Localization;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>What a search page says about the query itself, in the same words on every page that searches. The
/// sentence is worded in the calling feature's resources (the key below), as each feature speaks for its own page.</summary>
public static class SearchNotices
{
    public const string OnlyExcludesText = "The search only says what to leave out ({0}). Add a word to look for, e.g. asylum -dublin.";

    public static string OnlyExcludes(SearchQuery query, IStringLocalizer localizer) =>
        localizer[OnlyExcludesText, string.Join(", ", query.Excluded.Select(t => "-" + t.Typed))];
}
