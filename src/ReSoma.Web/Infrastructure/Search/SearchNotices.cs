namespace ReSoma.Web.Infrastructure.Search;

/// <summary>What a search page says about the query itself, in the same words on every page that searches.</summary>
public static class SearchNotices
{
    public static string OnlyExcludes(SearchQuery query) =>
        $"The search only says what to leave out ({string.Join(", ", query.Excluded.Select(t => "-" + t.Typed))}). "
        + "Add a word to look for, e.g. asylum -dublin.";
}
