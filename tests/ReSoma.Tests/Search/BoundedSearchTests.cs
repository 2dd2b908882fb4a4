using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Briefs;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Search;

namespace ReSoma.Tests.Search;

/// <summary>
/// Searches rank only the engine's best <see cref="SearchCandidates.Limit"/> matches before joining (docs/decisions/0025).
/// These tests put more matches than that in the library: pages and counts stay right, and a filter still finds matches
/// that rank below every candidate.
/// </summary>
public sealed class BoundedSearchTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const int Strong = SearchCandidates.Limit + 5;

    // A long text that mentions the word once ranks below every brief with the word in its title.
    private static readonly string Weak = string.Join(' ', Enumerable.Repeat("Reception centres, housing and local budgets.", 40)) + " Solidarity.";

    [Fact]
    public async Task A_common_word_over_more_matches_than_are_ranked_pages_through_them_and_says_more_than()
    {
        await AddAsync(Strong, Area.Migration, i => $"Solidarity brief {i}", "Solidarity and solidarity.", day: i => 1 + i % 28);

        var first = await Client.GetAsync("/briefs?q=solidarity");
        var second = await Client.GetAsync("/briefs?q=solidarity&page=2");
        var last = await Client.GetAsync("/briefs?q=solidarity&page=50");
        var beyond = await Client.GetAsync("/briefs?q=solidarity&page=51");

        Assert.Equal("More than 1,000 briefs, most relevant first", first.One("#result-count")!.TextContent);
        Assert.Equal(20, BriefLibraryTests.Titles(first).Count);
        Assert.Equal(20, BriefLibraryTests.Titles(second).Count);
        Assert.Empty(BriefLibraryTests.Titles(first).Intersect(BriefLibraryTests.Titles(second)));
        Assert.Equal(20, BriefLibraryTests.Titles(last).Count);
        Assert.Equal("50", last.Document.QuerySelectorAll(".pagination .page-link").Last().TextContent);
        Assert.Contains("There are only 50 pages of results.", beyond.Text, StringComparison.Ordinal);

        // The same order as a search that ranks every match: equal ranks, newest first.
        var dates = first.Document.QuerySelectorAll(".brief-list time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task A_filter_finds_its_matches_when_they_rank_below_every_candidate()
    {
        await AddAsync(Strong, Area.Migration, i => $"Solidarity brief {i}", "Solidarity and solidarity.");
        await AddAsync(3, Area.Asylum, i => $"Reception {i}", Weak);

        var page = await Client.GetAsync("/briefs?q=solidarity&area=asylum");

        Assert.Equal(["Reception 0", "Reception 1", "Reception 2"], BriefLibraryTests.Titles(page).Order());
        Assert.Equal("3 briefs, most relevant first", page.One("#result-count")!.TextContent);
    }

    [Fact]
    public async Task A_filter_that_keeps_a_page_of_candidates_still_counts_and_pages_every_match()
    {
        // 30 asylum briefs rank among the best, 12 rank below every candidate: the count and page 2 need them all.
        await AddAsync(Strong, Area.Migration, i => $"Solidarity brief {i}", "Solidarity and solidarity.");
        await AddAsync(30, Area.Asylum, i => $"Asylum solidarity {i}", "Solidarity and solidarity, solidarity.");
        await AddAsync(12, Area.Asylum, i => $"Reception {i}", Weak);

        var first = await Client.GetAsync("/briefs?q=solidarity&area=asylum");
        var second = await Client.GetAsync("/briefs?q=solidarity&area=asylum&page=2");
        var third = await Client.GetAsync("/briefs?q=solidarity&area=asylum&page=3");
        var titles = new[] { first, second, third }.SelectMany(BriefLibraryTests.Titles).ToList();

        Assert.Equal("42 briefs, most relevant first", first.One("#result-count")!.TextContent);
        Assert.Equal(42, titles.Count);
        Assert.Equal(42, titles.Distinct().Count());
        Assert.All(BriefLibraryTests.Titles(first), t => Assert.StartsWith("Asylum solidarity", t, StringComparison.Ordinal));
        Assert.Equal(12, titles.Count(t => t.StartsWith("Reception", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_site_search_filters_counts_and_sorts_past_the_candidates()
    {
        await AddAsync(Strong, Area.Migration, i => $"Solidarity brief {i}", "Solidarity and solidarity.");
        await AddAsync(2, Area.Asylum, i => $"Reception {i}", Weak);

        var asylum = await Client.GetAsync("/search?q=solidarity&area=asylum");
        var everything = await Client.GetAsync("/search?q=solidarity");
        var newest = await Client.GetAsync("/search?q=solidarity&sort=date&page=50");

        Assert.Equal(["Reception 0", "Reception 1"], Titles(asylum).Order());
        Assert.Equal("2", asylum.One(".search-facets .facet[data-kind=''] .facet-count")!.TextContent);
        Assert.Equal((Strong + 2).ToString("N0", CultureInfo.InvariantCulture), everything.One(".search-facets .facet[data-kind=''] .facet-count")!.TextContent);
        Assert.Equal(20, Titles(everything).Count);
        Assert.NotNull(newest.One("#newest-of-best"));
    }

    [Fact]
    public async Task Unpublished_briefs_among_the_candidates_are_never_shown_or_counted()
    {
        await AddAsync(Strong, Area.Migration, i => $"Solidarity draft {i}", "Solidarity and solidarity.", BriefStatus.Draft);
        await AddAsync(2, Area.Migration, i => $"Reception {i}", Weak);

        var briefs = await Client.GetAsync("/briefs?q=solidarity");
        var site = await Client.GetAsync("/search?q=solidarity");

        Assert.Equal(["Reception 0", "Reception 1"], BriefLibraryTests.Titles(briefs).Order());
        Assert.Equal("2 briefs, most relevant first", briefs.One("#result-count")!.TextContent);
        Assert.Equal(["Reception 0", "Reception 1"], Titles(site).Order());
    }

    [Fact]
    public async Task The_SQLite_candidates_are_ranked_and_limited_by_FTS5_before_each_is_looked_up_by_key()
    {
        var sql = await Factory.WithDbAsync(db => Task.FromResult(
            SearchCandidates.Query(new SqliteFullTextSearch(), db, SearchQuery.Parse("policy"), db.SearchDocuments.Where(d => d.IsPublic)).ToQueryString()));

        var engine = sql.IndexOf("FROM SearchDocumentsFts WHERE SearchDocumentsFts MATCH", StringComparison.Ordinal);
        Assert.True(engine > 0, sql);
        Assert.Contains("ORDER BY Rank LIMIT @", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", sql, StringComparison.Ordinal);
        Assert.Contains("WHERE \"s\".\"Id\" = \"r\".\"DocumentId\"", sql, StringComparison.Ordinal);
        Assert.Contains("1001", sql, StringComparison.Ordinal);
    }

    private Task AddAsync(int count, Area area, Func<int, string> title, string body, BriefStatus status = BriefStatus.Published, Func<int, int>? day = null) =>
        Factory.WithDbAsync(async db =>
        {
            var cycle = await db.Cycles.FirstOrDefaultAsync(c => c.Year == 2020) ?? new Cycle { Year = 2020 };
            var slug = "bulk-" + area.ToString().ToLowerInvariant();
            var topic = await db.Topics.FirstOrDefaultAsync(t => t.Slug == slug)
                ?? new Topic { Title = "Bulk " + area, Slug = slug, Area = area, Origin = TopicOrigin.EuAgenda, Cycle = cycle };
            for (var i = 0; i < count; i++)
            {
                var name = title(i);
                db.Briefs.Add(new Brief
                {
                    Title = name, Slug = name.ToLowerInvariant().Replace(' ', '-'), Topic = topic, Summary = "A brief.", Body = body,
                    Status = status, PublishedOn = status == BriefStatus.Draft ? null : new DateOnly(2020, 1, day?.Invoke(i) ?? 1),
                    CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
                });
            }

            await db.SaveChangesAsync();
        });

    private static List<string> Titles(Page page) =>
        page.Document.QuerySelectorAll(".search-result h2 a").Select(a => a.TextContent.Trim()).ToList();
}
