using System.Globalization;
using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Search;

public sealed class SiteSearchTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task One_search_finds_every_type_and_the_facets_count_each()
    {
        var all = await Everything.AddAsync(Factory);

        var page = await Search(Everything.Word);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(all.PublicTitles.Order(), Titles(page).Order());
        Assert.Equal(["brief", "consultation", "event", "interview", "news", "topic"], Kinds(page).Distinct().Order());
        Assert.Equal(
            new Dictionary<string, int> { [""] = 7, ["topic"] = 1, ["brief"] = 2, ["consultation"] = 1, ["interview"] = 1, ["event"] = 1, ["news"] = 1 },
            Facets(page));
        Assert.Equal("7 results for “quokka”, most relevant first", page.One("#result-count")!.TextContent);

        // Each result names its type, links to its public page, and is dated when it has a date.
        var brief = Result(page, all.Brief.Title);
        Assert.Equal("Policy brief", brief.QuerySelector(".search-kind")!.TextContent);
        Assert.Equal("/briefs/" + all.Brief.Slug, brief.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("2019-05-01", brief.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("/interviews/2026/02/" + all.Interview.Slug, Result(page, all.Interview.Title).QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("Topic", Result(page, all.Topic.Title).QuerySelector(".search-kind")!.TextContent);
        Assert.Null(Result(page, all.Topic.Title).QuerySelector("time"));
        Assert.Equal("News", Result(page, all.News.Title).QuerySelector(".search-kind")!.TextContent);
        Assert.Equal("Event", Result(page, all.Event.Title).QuerySelector(".search-kind")!.TextContent);
        Assert.Equal("Consultation", Result(page, all.Consultation.Title).QuerySelector(".search-kind")!.TextContent);
        Assert.Equal("Interview", Result(page, all.Interview.Title).QuerySelector(".search-kind")!.TextContent);
    }

    [Fact]
    public async Task Drafts_and_unpublished_content_are_never_found()
    {
        var all = await Everything.AddAsync(Factory);

        Assert.DoesNotContain(Titles(await Search(Everything.Word)), t => all.HiddenTitles.Contains(t));

        // The second word is only in the hidden twins: nothing at all, and every facet says 0.
        var hidden = await Search(Everything.DraftWord);
        Assert.Empty(Titles(hidden));
        Assert.All(Facets(hidden).Values, count => Assert.Equal(0, count));
        Assert.NotNull(hidden.One("#no-results"));
        foreach (var kind in new[] { "brief", "interview", "event", "news" })
        {
            Assert.Empty(Titles(await Client.GetAsync($"/search?q={Everything.DraftWord}&type={kind}")));
        }
    }

    [Fact]
    public async Task Unpublishing_takes_a_result_out_of_the_search()
    {
        var all = await Everything.AddAsync(Factory);
        await Factory.WithDbAsync(async db =>
        {
            var news = await db.NewsPosts.FindAsync(all.News.Id);
            news!.Unpublish();
            await db.SaveChangesAsync();
        });

        var page = await Search(Everything.Word);
        Assert.DoesNotContain(all.News.Title, Titles(page));
        Assert.Equal(0, Facets(page)["news"]);
        Assert.Equal(6, Facets(page)[""]);
    }

    [Fact]
    public async Task A_type_facet_narrows_the_list_and_is_marked_and_removable()
    {
        var all = await Everything.AddAsync(Factory);
        var everything = await Search(Everything.Word);
        var briefFacet = everything.One(".search-facets a[data-kind=brief]")!;

        var briefs = await Client.GetAsync(briefFacet.GetAttribute("href")!);

        Assert.Equal("/search?q=quokka&type=brief", briefFacet.GetAttribute("href"));
        Assert.Equal(new[] { all.Brief.Title, all.SecondBrief.Title }.Order(), Titles(briefs).Order());
        Assert.All(Kinds(briefs), k => Assert.Equal("brief", k));
        Assert.Equal("2 results for “quokka” in Policy briefs, most relevant first", briefs.One("#result-count")!.TextContent);
        var active = briefs.One(".search-facets [aria-current=true]")!;
        Assert.Equal("brief", active.GetAttribute("data-kind"));
        Assert.Contains("active", active.ClassList);

        // The other types still show what they would find; the active filter links back to every type.
        Assert.Equal(7, Facets(briefs)[""]);
        Assert.Equal(1, Facets(briefs)["news"]);
        Assert.Equal("/search?q=quokka", active.GetAttribute("href"));
        Assert.Equal(7, Titles(await Client.GetAsync(active.GetAttribute("href")!)).Count);
    }

    [Fact]
    public async Task An_unknown_type_is_ignored_with_a_notice()
    {
        await Everything.AddAsync(Factory);

        var page = await Client.GetAsync("/search?q=quokka&type=podcast");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("There is no type \"podcast\"", page.Text, StringComparison.Ordinal);
        Assert.Equal(7, Titles(page).Count);
        Assert.Equal("", page.One(".search-facets [aria-current=true]")!.GetAttribute("data-kind"));
        Assert.DoesNotContain(page.Document.QuerySelectorAll(".search-facets a"), a => a.GetAttribute("href")!.Contains("podcast", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Snippets_highlight_the_words_and_escape_the_text()
    {
        await Factory.WithDbAsync(async db =>
        {
            var news = new NewsPost
            {
                Title = "Escaping test", Slug = "escaping-test", Date = new DateOnly(2026, 1, 5), Teaser = "A teaser.",
                Body = "Before <script>alert(1)</script> the **numbat** count, <b>after</b>.",
                CreatedAt = Everything.Now, UpdatedAt = Everything.Now,
            };
            news.Publish(Everything.Now);
            db.NewsPosts.Add(news);
            await db.SaveChangesAsync();
        });

        var snippet = (await Search("numbat")).One(".search-result .snippet")!;

        Assert.Equal("numbat", snippet.QuerySelector("mark")!.TextContent);
        Assert.Null(snippet.QuerySelector("script"));
        Assert.Null(snippet.QuerySelector("b"));
        Assert.Contains("<script>", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Results_of_all_types_are_ranked_together_a_title_match_first()
    {
        await Factory.AddBriefAsync(new NewBrief("Funding cities") { Body = "Budgets. The bilby question is mentioned once.", PublishedOn = new(2019, 9, 1) });
        await Factory.WithDbAsync(async db =>
        {
            db.Events.Add(new Event
            {
                Kind = EventKind.Webinar, Title = "The bilby webinar", Slug = "the-bilby-webinar", Summary = "Online.",
                StartsAt = Everything.Now.AddDays(30), EndsAt = Everything.Now.AddDays(30).AddHours(2), IsPublished = true,
                CreatedAt = Everything.Now, UpdatedAt = Everything.Now,
            });
            await db.SaveChangesAsync();
        });

        Assert.Equal(["The bilby webinar", "Funding cities"], Titles(await Search("bilby")));
    }

    [Fact]
    public async Task Results_are_paged_twenty_at_a_time()
    {
        await Factory.WithDbAsync(async db =>
        {
            var topic = new Topic { Title = "Bulk", Slug = "bulk", Area = Area.Asylum, Origin = TopicOrigin.EuAgenda, Cycle = new Cycle { Year = 2020 } };
            for (var i = 0; i < 25; i++)
            {
                db.Briefs.Add(new Brief
                {
                    Title = $"Potoroo brief {i}", Slug = $"potoroo-brief-{i}", Topic = topic, Summary = "Potoroo.", Body = "Potoroo.",
                    Status = BriefStatus.Published, PublishedOn = new DateOnly(2020, 1, 1), CreatedAt = Everything.Now, UpdatedAt = Everything.Now,
                });
            }

            await db.SaveChangesAsync();
        });

        var first = await Search("potoroo");
        var second = await Client.GetAsync(first.One(".pagination a[rel=next]")!.GetAttribute("href")!);
        var beyond = await Client.GetAsync("/search?q=potoroo&page=9");

        Assert.Equal(20, Titles(first).Count);
        Assert.Equal("/search?q=potoroo&page=2", first.One(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(5, Titles(second).Count);
        Assert.Empty(Titles(first).Intersect(Titles(second)));
        Assert.Equal("2", second.One(".pagination [aria-current=page]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, beyond.Status);
        Assert.Contains("There are only 2 pages of results.", beyond.Text, StringComparison.Ordinal);
        Assert.Equal("/search?q=potoroo&page=2", beyond.One("#back-to-results")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_empty_search_explains_what_can_be_found()
    {
        var page = await Client.GetAsync("/search");
        var blank = await Client.GetAsync("/search?q=%20%20");
        var punctuation = await Client.GetAsync("/search?q=" + Uri.EscapeDataString("?!*()"));

        foreach (var p in new[] { page, blank, punctuation })
        {
            Assert.Equal(HttpStatusCode.OK, p.Status);
            Assert.Null(p.One("#result-count"));
            Assert.Equal(["/topics", "/briefs", "/consultations", "/interviews", "/events", "/news"],
                p.Document.QuerySelectorAll(".search-sections a").Select(a => a.GetAttribute("href")));
            Assert.NotNull(p.One("main form[role=search] input[name=q]"));
        }

        Assert.DoesNotContain("no words to look for", page.Text, StringComparison.Ordinal);
        Assert.Contains("no words to look for", punctuation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_nothing_matches_the_page_suggests_what_would()
    {
        await Everything.AddAsync(Factory);

        var together = await Search("quokka platypus");
        var otherType = await Client.GetAsync("/search?q=corridors&type=event");

        Assert.Empty(Titles(together));
        Assert.Equal("0 results for “quokka platypus”", together.One("#result-count")!.TextContent);
        Assert.NotNull(together.One("#no-results"));
        var suggestion = Assert.Single(together.Document.QuerySelectorAll(".search-suggestions a"));
        Assert.Equal("/search?q=quokka", suggestion.GetAttribute("href"));
        Assert.Contains("(7 results)", suggestion.ParentElement!.TextContent, StringComparison.Ordinal);

        Assert.Empty(Titles(otherType));
        Assert.Equal("/search?q=corridors", Assert.Single(otherType.Document.QuerySelectorAll(".search-suggestions a")).GetAttribute("href"));
        Assert.Equal(1, Facets(otherType)["topic"]);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(quokka")]
    [InlineData("))) OR (((")]
    [InlineData("title:quokka")]
    [InlineData("^quokka*")]
    [InlineData("AND OR NOT")]
    public async Task Query_syntax_never_breaks_the_page(string q)
    {
        await Everything.AddAsync(Factory);
        var page = await Search(q);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.One("main form[role=search]"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/briefs")]
    [InlineData("/topics")]
    [InlineData("/account/login")]
    [InlineData("/no-such-page")]
    public async Task Every_page_has_a_labelled_search_box_in_the_header(string url)
    {
        var page = await Client.GetAsync(url);

        var form = page.One("header form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/search", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.Equal("search", input.GetAttribute("type"));
        Assert.Equal("Search ReSOMA", form.QuerySelector($"label[for={input.Id}]")!.TextContent);
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        // Outside the collapsing menu, so a phone shows it without opening the menu.
        Assert.Null(form.Closest(".navbar-collapse"));
    }

    [Fact]
    public async Task The_search_page_is_not_indexed()
    {
        var page = await Search("anything");
        Assert.Equal("noindex", page.One("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null((await Client.GetAsync("/briefs")).One("meta[name=robots]"));
    }

    [Fact]
    public async Task Browsers_find_an_OpenSearch_description()
    {
        var home = await Client.GetAsync("/");
        var link = home.One("link[rel=search]")!;
        var response = await Client.Http.GetAsync(link.GetAttribute("href"));
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace ns = "http://a9.com/-/spec/opensearch/1.1/";

        Assert.Equal("application/opensearchdescription+xml", link.GetAttribute("type"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ReSOMA", xml.Root!.Element(ns + "ShortName")!.Value);
        Assert.Contains(xml.Root.Elements(ns + "Url"), u => u.Attribute("type")!.Value == "text/html"
            && u.Attribute("template")!.Value == "http://localhost/search?q={searchTerms}");
    }

    private Task<Page> Search(string q) => Client.GetAsync("/search?q=" + Uri.EscapeDataString(q));

    private static List<string> Titles(Page page) =>
        page.Document.QuerySelectorAll(".search-result h2 a").Select(a => a.TextContent.Trim()).ToList();

    private static List<string> Kinds(Page page) =>
        page.Document.QuerySelectorAll(".search-result").Select(r => r.GetAttribute("data-kind")!).ToList();

    private static AngleSharp.Dom.IElement Result(Page page, string title) =>
        page.Document.QuerySelectorAll(".search-result").Single(r => r.QuerySelector("h2 a")!.TextContent.Trim() == title);

    /// <summary>Facet counts by kind ("" is "All types"), whether the facet is a link or not.</summary>
    private static Dictionary<string, int> Facets(Page page) =>
        page.Document.QuerySelectorAll(".search-facets .facet").ToDictionary(
            f => f.GetAttribute("data-kind")!,
            f => int.Parse(f.QuerySelector(".facet-count")!.TextContent, NumberStyles.AllowThousands, CultureInfo.InvariantCulture));
}
