using Microsoft.Extensions.Localization;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>What a search page says about the query itself, in the same words on every page that searches.</summary>
public static class SearchNotices
{
    /// <summary>The key of <see cref="OnlyExcludes"/>'s message: a page that passes its localizer has it in its resource.</summary>
    public const string OnlyExcludesMessage = "The search only says what to leave out ({0}). Add a word to look for, e.g. asylum -dublin.";

    /// <param name="localizer">The asking page's resource; without it the message is in English.</param>
    public static string OnlyExcludes(SearchQuery query, IStringLocalizer? localizer = null)
    {
        var excluded = string.Join(", ", query.Excluded.Select(t => "-" + t.Typed));
        return localizer is null
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, OnlyExcludesMessage, excluded)
            : localizer[OnlyExcludesMessage, excluded];
    }
}
