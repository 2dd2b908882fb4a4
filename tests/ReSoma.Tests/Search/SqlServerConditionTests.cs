using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Search;

namespace ReSoma.Tests.Search;

/// <summary>
/// The CONTAINSTABLE condition the SQL Server provider sends. No SQL Server runs here, so the tests read the text: each
/// operator gives its condition, and any input gives only the grammar below, every term quoted.
/// </summary>
public sealed partial class SqlServerConditionTests
{
    [Theory]
    [InlineData("asylum", "(FORMSOF(INFLECTIONAL, \"asylum\") OR \"asylum*\")")]
    [InlineData("asylum borders", "(FORMSOF(INFLECTIONAL, \"asylum\")) AND (FORMSOF(INFLECTIONAL, \"borders\") OR \"borders*\")")]
    [InlineData("integrat*", "(\"integrat*\")")]
    [InlineData("integrat* borders", "(\"integrat*\") AND (FORMSOF(INFLECTIONAL, \"borders\") OR \"borders*\")")]
    [InlineData("asylum OR dublin", "(FORMSOF(INFLECTIONAL, \"asylum\") OR FORMSOF(INFLECTIONAL, \"dublin\") OR \"dublin*\")")]
    [InlineData("asylum -dublin", "(FORMSOF(INFLECTIONAL, \"asylum\")) AND NOT (FORMSOF(INFLECTIONAL, \"dublin\"))")]
    [InlineData("asylum -\"dublin rules\"", "(FORMSOF(INFLECTIONAL, \"asylum\")) AND NOT (\"dublin rules\")")]
    [InlineData("\"safe third country\"", "(\"safe third country\")")]
    [InlineData("\"safe third country\" OR borders -dublin", "(\"safe third country\" OR FORMSOF(INFLECTIONAL, \"borders\")) AND NOT (FORMSOF(INFLECTIONAL, \"dublin\"))")]
    public void Each_operator_gives_its_condition(string q, string condition) =>
        Assert.Equal(condition, SqlServerFullTextSearch.Condition(SearchQuery.Parse(q)));

    [Fact]
    public void A_word_brings_its_family_each_form_inflected()
    {
        var condition = SqlServerFullTextSearch.Condition(SearchQuery.Parse("\"detained\""));

        Assert.StartsWith("(FORMSOF(INFLECTIONAL, \"detained\") OR FORMSOF(INFLECTIONAL, \"detain\")", condition, StringComparison.Ordinal);
        Assert.Contains("FORMSOF(INFLECTIONAL, \"detention\")", condition, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HostileQueries.All), MemberType = typeof(HostileQueries))]
    public void Any_input_gives_only_the_allowed_grammar_with_every_term_quoted(string q)
    {
        var query = SearchQuery.Parse(q);
        if (query.IsEmpty)
        {
            return; // nothing is sent
        }

        var condition = SqlServerFullTextSearch.Condition(query);
        Assert.True(ConditionGrammar.IsValid(condition), condition);
        Assert.True(condition.Length <= 4_000, $"{condition.Length} characters");
    }

    [Fact]
    public void The_longest_query_fits_in_a_condition()
    {
        // The most a visitor can make the portal send: every term from a wide family, or a phrase of long words.
        var families = "detention detained detainees criminalisation criminalised criminalization criminalized reunification "
            + "reunified trafficking traffickers sponsorship";
        var phrases = string.Join(' ', Enumerable.Range(0, 12).Select(i => "-\"" + string.Join(' ', Enumerable.Repeat(new string((char)('a' + i), 40), 9)) + "\""));

        Assert.All(new[] { families, phrases.Replace("-", "", StringComparison.Ordinal), "a " + phrases }, q =>
            Assert.InRange(SqlServerFullTextSearch.Condition(SearchQuery.Parse(q)).Length, 1, 4_000));
    }

    [Fact]
    public void The_queries_compose_with_the_condition_as_a_parameter()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var search = new SqlServerFullTextSearch();
        var query = SearchQuery.Parse("asylum -dublin");

        // EF writes the SQL without a server; the visitor's words only ever travel as the parameter.
        var match = search.Match(db, query).ToQueryString();
        var titles = search.MatchTitles(db, query, 40).ToQueryString();

        Assert.Contains("CONTAINSTABLE(SearchDocuments, (Title, Summary, Body, Authors, Keywords), @", match, StringComparison.Ordinal);
        Assert.Contains("CONTAINSTABLE(SearchDocuments, Title, @", titles, StringComparison.Ordinal);
        Assert.Contains(", 40)", titles, StringComparison.Ordinal);
        Assert.DoesNotContain("dublin\")", match.Split("SELECT")[^1], StringComparison.Ordinal);
        Assert.Contains("AND NOT (FORMSOF(INFLECTIONAL, \"dublin\"))", titles, StringComparison.Ordinal); // in the parameter's declared value
    }

    [Fact]
    public void Search_candidates_are_the_engines_top_n_by_rank_each_looked_up_by_key()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var sql = SearchCandidates.Query(new SqlServerFullTextSearch(), db, SearchQuery.Parse("policy"), db.SearchDocuments.Where(d => d.IsPublic))
            .ToQueryString();

        // docs/decisions/0025: the engine ranks and bounds first (top_n_by_rank = Limit + 1), the documents are joined after.
        var engine = sql.IndexOf("FROM CONTAINSTABLE(SearchDocuments, (Title, Summary, Body, Authors, Keywords), @", StringComparison.Ordinal);
        Assert.True(engine > 0, sql);
        Assert.Contains($", {SearchCandidates.Limit + 1})", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", sql, StringComparison.Ordinal);
        Assert.Contains("WHERE [s].[Id] = [r].[DocumentId]", sql, StringComparison.Ordinal);
        Assert.Contains("EXISTS (", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grammar_check_refuses_what_the_engine_must_never_get()
    {
        Assert.True(ConditionGrammar.IsValid("(FORMSOF(INFLECTIONAL, \"a\") OR \"b*\") AND NOT (\"c d\")"));
        Assert.False(ConditionGrammar.IsValid("(\"a\") AND NEAR(\"b\", \"c\")"));
        Assert.False(ConditionGrammar.IsValid("(a)"));
        Assert.False(ConditionGrammar.IsValid("(\"a\"\"b\")"));
        Assert.False(ConditionGrammar.IsValid("(\"a\") OR NOT (\"b\")"));
        Assert.False(ConditionGrammar.IsValid("AND NOT (\"b\")"));
        Assert.False(ConditionGrammar.IsValid("(\"a\""));
        Assert.False(ConditionGrammar.IsValid("(\"title:a\")"));
        Assert.False(ConditionGrammar.IsValid("(\"a\") AND (FORMSOF(THESAURUS, \"b\"))"));
    }

    /// <summary>
    /// condition := group ((AND | OR | AND NOT) group)*; group := "(" term (OR term)* ")";
    /// term := "words" | "word*" | FORMSOF(INFLECTIONAL, "word"); a word is letters and digits only.
    /// </summary>
    private static partial class ConditionGrammar
    {
        public static bool IsValid(string condition)
        {
            var rest = condition;
            if (!Group(ref rest))
            {
                return false;
            }

            while (rest.Length > 0)
            {
                var op = Operator().Match(rest);
                if (!op.Success)
                {
                    return false;
                }

                rest = rest[op.Length..];
                if (!Group(ref rest))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Group(ref string rest)
        {
            if (!rest.StartsWith('('))
            {
                return false;
            }

            rest = rest[1..];
            do
            {
                var term = Term().Match(rest);
                if (!term.Success)
                {
                    return false;
                }

                rest = rest[term.Length..];
            }
            while (TryTake(ref rest, " OR "));

            return TryTake(ref rest, ")");
        }

        private static bool TryTake(ref string rest, string text)
        {
            if (!rest.StartsWith(text, StringComparison.Ordinal))
            {
                return false;
            }

            rest = rest[text.Length..];
            return true;
        }

        [GeneratedRegex(@"^(?:""[\p{L}\p{N}]+(?: [\p{L}\p{N}]+)*""|""[\p{L}\p{N}]+\*""|FORMSOF\(INFLECTIONAL, ""[\p{L}\p{N}]+""\))")]
        private static partial Regex Term();

        [GeneratedRegex("^ (?:AND NOT|AND|OR) ")]
        private static partial Regex Operator();
    }
}
