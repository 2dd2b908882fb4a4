using ReSoma.Web.Infrastructure.Search;

namespace ReSoma.Tests.Search;

/// <summary>How the search box is read, before any engine sees it.</summary>
public sealed class SearchQueryTests
{
    [Fact]
    public void Words_must_all_match_and_the_last_one_may_also_be_unfinished()
    {
        var query = SearchQuery.Parse("asylum integrat");

        Assert.Equal(["asylum", "integrat"], query.Clauses.Select(c => c.Typed));
        Assert.False(query.Clauses[0].Terms[0].AlsoPrefix);
        Assert.True(query.Clauses[1].Terms[0].AlsoPrefix);
    }

    [Theory]
    [InlineData("in")]
    [InlineData("\"integrat\"")]
    [InlineData("integrat \"safe country\"")]
    [InlineData("integrat -dublin")]
    public void A_last_word_that_is_short_quoted_or_followed_by_more_is_not_read_as_a_prefix(string q) =>
        Assert.DoesNotContain(SearchQuery.Parse(q).Terms, t => t.AlsoPrefix);

    [Fact]
    public void A_star_marks_a_prefix_of_at_least_three_letters()
    {
        Assert.Equal(SearchTermKind.Prefix, SearchQuery.Parse("deten*").Terms.Single().Kind);
        Assert.Equal("deten", SearchQuery.Parse("deten*").Terms.Single().Text);
        Assert.Equal(SearchTermKind.Word, SearchQuery.Parse("eu*").Terms.Single().Kind);
        Assert.Empty(SearchQuery.Parse("***").Terms);
    }

    [Fact]
    public void Upper_case_OR_joins_the_terms_either_side_and_lower_case_or_is_a_word()
    {
        var query = SearchQuery.Parse("detention OR \"alternatives to detention\" children");

        Assert.Equal(["detention OR \"alternatives to detention\"", "children"], query.Clauses.Select(c => c.Typed));
        Assert.Equal(["detention", "or", "children"], SearchQuery.Parse("detention or children").Clauses.Select(c => c.Typed));
    }

    [Theory]
    [InlineData("OR dublin", "dublin")]
    [InlineData("dublin OR", "dublin")]
    [InlineData("asylum -dublin OR reception", "asylum|reception")]
    [InlineData("asylum OR OR reception", "asylum|reception")]
    public void An_OR_with_nothing_to_join_is_ignored(string q, string clauses) =>
        Assert.Equal(clauses.Split('|'), SearchQuery.Parse(q).Clauses.Select(c => c.Typed));

    [Fact]
    public void A_minus_before_a_word_or_a_phrase_excludes_it_but_not_inside_a_word()
    {
        var query = SearchQuery.Parse("asylum -dublin -\"voluntary return\" asylum-seekers");

        Assert.Equal(["asylum", "seekers"], query.Clauses.Select(c => c.Typed));
        Assert.Equal(["dublin", "\"voluntary return\""], query.Excluded.Select(t => t.Typed));
        Assert.Equal(SearchTermKind.Phrase, SearchQuery.Parse("-asylum-seekers").Excluded.Single().Kind);
    }

    [Fact]
    public void A_search_of_exclusions_only_has_nothing_to_look_for()
    {
        var query = SearchQuery.Parse("-dublin -\"safe country\"");

        Assert.True(query.IsEmpty);
        Assert.True(query.OnlyExcludes);
        Assert.False(SearchQuery.Parse("?!").OnlyExcludes);
    }

    [Fact]
    public void A_phrase_keeps_its_words_in_order_and_a_quoted_word_is_a_word()
    {
        Assert.Equal("safe third country", SearchQuery.Parse("\"Safe  third, country\"").Terms.Single().Text);
        Assert.Equal(SearchTermKind.Phrase, SearchQuery.Parse("\"safe third country\"").Terms.Single().Kind);
        Assert.Equal(SearchTermKind.Word, SearchQuery.Parse("\"detention\"").Terms.Single().Kind);
        Assert.Contains("detained", SearchQuery.Parse("\"detention\"").Terms.Single().Forms);
    }

    [Fact]
    public void Words_of_a_family_are_searched_together()
    {
        var term = SearchQuery.Parse("detained").Terms.Single();
        Assert.Equal("detained", term.Text);
        Assert.Contains("detention", term.Forms);
    }

    [Fact]
    public void Terms_are_capped_and_words_shortened()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 30).Select(i => "w" + i)));

        Assert.Equal(SearchQuery.MaxTerms, query.Terms.Count + query.Excluded.Count);
        Assert.All(SearchQuery.Parse(new string('a', 100)).Terms, t => Assert.Equal(SearchQuery.MaxWordLength, t.Text.Length));
        var phrase = "\"" + string.Join(' ', Enumerable.Range(0, 20).Select(i => "w" + i)) + "\"";
        Assert.Equal("w0 w1 w2 w3 w4 w5 w6 w7", SearchQuery.Parse(phrase).Terms.Single().Text);
    }

    [Theory]
    [InlineData("integrat", "integr")]
    [InlineData("detentio", "detent")]
    [InlineData("effectiven", "effectiv,effect")]
    [InlineData("deten", "")]
    [InlineData("asylum", "")]
    [InlineData("policy", "")]
    public void A_prefix_also_names_the_stems_it_may_have_passed(string prefix, string stems) =>
        Assert.Equal(stems.Split(',', StringSplitOptions.RemoveEmptyEntries), PrefixStems.Of(prefix));
}
