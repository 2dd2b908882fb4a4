using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Briefs;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Search;

namespace ReSoma.Tests.Search;

/// <summary>Each operator of the search box, as visitors see it on the site search and in the briefs library (real FTS5).</summary>
public sealed class SearchSyntaxTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Integration = "Labour market integration";
    private const string Detention = "Closed centres";
    private const string Dublin = "Dublin transfers";
    private const string Reception = "Reception conditions";
    private const string Voluntary = "Leaving by choice";
    private const string Hubs = "Return hubs";

    private async Task AddLibraryAsync()
    {
        await Factory.AddBriefAsync(new NewBrief(Integration) { Body = "How cities support the integration of refugees in work.", Area = Area.Integration, Topic = "Work" });
        await Factory.AddBriefAsync(new NewBrief(Detention) { Body = "The use of detention on the islands.", Topic = "Islands" });
        await Factory.AddBriefAsync(new NewBrief(Dublin) { Body = "Asylum responsibility under the Dublin rules.", Area = Area.Asylum, Topic = "Responsibility" });
        await Factory.AddBriefAsync(new NewBrief(Reception) { Body = "Asylum seekers and the standards of reception.", Area = Area.Asylum, Topic = "Standards" });
        await Factory.AddBriefAsync(new NewBrief(Voluntary) { Body = "Assisted voluntary return programmes.", Topic = "Departures" });
        await Factory.AddBriefAsync(new NewBrief(Hubs) { Body = "Return hubs outside the Union, and forced return.", Topic = "Departures" });
    }

    public static TheoryData<string, string[]> Operators { get; } = new()
    {
        { "integrat*", [Integration] },            // an explicit prefix, past the stem "integr"
        { "deten*", [Detention] },
        { "integrat", [Integration] },             // the last word, unfinished
        { "refugees integrat", [Integration] },
        { "integrat refugees", [] },               // only the last word is read as unfinished
        { "dublin OR detention", [Detention, Dublin] },
        { "dublin or detention", [] },             // lower-case "or" is a word, and every word must appear
        { "asylum -dublin", [Reception] },
        { "return -\"voluntary return\"", [Hubs] },
        { "\"forced return\"", [Hubs] },
        { "\"return forced\"", [] },
        { "asylum dublin OR reception -seekers", [Dublin] },
    };

    [Theory]
    [MemberData(nameof(Operators))]
    public async Task Each_operator_finds_its_documents_on_the_site_search(string q, string[] titles)
    {
        await AddLibraryAsync();

        var page = await Client.GetAsync("/search?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        // Topics are found too (by their area, say); the briefs are what this library is about.
        Assert.Equal(titles.Order(), page.Document.QuerySelectorAll(".search-result[data-kind=brief] h2 a").Select(a => a.TextContent.Trim()).Order());
    }

    [Theory]
    [MemberData(nameof(Operators))]
    public async Task Each_operator_finds_its_briefs_in_the_library(string q, string[] titles)
    {
        await AddLibraryAsync();

        var page = await Client.GetAsync("/briefs?q=" + Uri.EscapeDataString(q));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(titles.Order(), BriefLibraryTests.Titles(page).Order());
    }

    [Fact]
    public async Task A_prefix_match_is_highlighted_in_the_snippet()
    {
        await AddLibraryAsync();

        var page = await Client.GetAsync("/search?q=integrat");

        Assert.Equal("integration", page.One(".search-result[data-kind=brief] .snippet mark")!.TextContent);
    }

    [Theory]
    [InlineData("/search?q=-dublin")]
    [InlineData("/briefs?q=-dublin")]
    [InlineData("/briefs?q=-%22dublin+rules%22+-detention")]
    public async Task A_search_that_only_excludes_says_so_and_lists_nothing(string url)
    {
        await AddLibraryAsync();

        var page = await Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The search only says what to leave out", page.One("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.Document.QuerySelectorAll(".search-result, .brief-list li"));
    }

    [Theory]
    [MemberData(nameof(HostileQueries.All), MemberType = typeof(HostileQueries))]
    public async Task Any_input_runs_on_FTS5_without_an_error(string q)
    {
        await Factory.AddBriefAsync(new NewBrief(Dublin) { Body = "Asylum responsibility under the Dublin rules." });
        var query = SearchQuery.Parse(q);

        // Straight at the engine, so an FTS5 syntax error could not hide behind an error page.
        await Factory.WithDbAsync(async db =>
        {
            if (!query.IsEmpty)
            {
                var search = Factory.Services.GetRequiredService<IFullTextSearch>();
                var hits = await search.Match(db, query).ToListAsync();
                await search.SnippetsAsync(db, query, hits.Select(h => h.DocumentId).ToList(), CancellationToken.None);
            }
        });

        foreach (var url in new[] { "/search?q=", "/briefs?q=" })
        {
            var page = await Client.GetAsync(url + Uri.EscapeDataString(q));
            Assert.Equal(HttpStatusCode.OK, page.Status);
        }
    }
}
