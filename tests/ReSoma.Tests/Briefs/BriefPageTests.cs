using System.Net;
using System.Text.Json;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Briefs;

public sealed class BriefPageTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_brief_page_shows_the_brief_rendered_without_raw_html()
    {
        await Factory.AddBriefAsync(new NewBrief("Rendering test")
        {
            Body = "## Options\n\nA **bold** claim. <script>alert('x')</script> [bad](javascript:alert(1)) [good](https://ec.europa.eu/)",
            Keywords = "detention; alternatives",
            Authors = [("Łukasz Nowicki", "CEPS"), ("Inês Carvalho", null)],
        });
        var page = await Client.GetAsync("/briefs/rendering-test");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Rendering test", page.One("h1")!.TextContent);
        Assert.Equal("Options", page.One(".prose h2")!.TextContent);
        Assert.Equal("bold", page.One(".prose strong")!.TextContent);
        Assert.Null(page.One(".prose script"));
        Assert.Equal(["https://ec.europa.eu/"], page.Document.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Łukasz Nowicki", "Inês Carvalho"], page.Document.QuerySelectorAll(".byline .author-name").Select(a => a.TextContent));
        Assert.Equal(["detention", "alternatives"], page.Document.QuerySelectorAll("a.keyword").Select(a => a.TextContent));
        Assert.NotNull(page.One("#download-pdf"));
    }

    [Fact]
    public async Task Scholarly_metadata_is_in_the_head()
    {
        await Factory.AddBriefAsync(new NewBrief("Metadata test") { PublishedOn = new(2019, 7, 4), Authors = [("Ana Ribeiro", "ISMU Foundation"), ("Zoë Lindqvist", null)] });
        var page = await Client.GetAsync("/briefs/metadata-test");
        string Meta(string name) => page.One($"meta[name='{name}']")!.GetAttribute("content")!;
        Assert.Equal("Metadata test", Meta("citation_title"));
        Assert.Equal(["Ana Ribeiro", "Zoë Lindqvist"], page.Document.QuerySelectorAll("meta[name=citation_author]").Select(m => m.GetAttribute("content")));
        Assert.Equal("2019/07/04", Meta("citation_publication_date"));
        Assert.Equal("http://localhost/briefs/metadata-test/pdf", Meta("citation_pdf_url"));
        Assert.Equal("Metadata test", page.One("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("article", page.One("meta[property='og:type']")!.GetAttribute("content"));

        using var jsonLd = JsonDocument.Parse(page.One("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("ScholarlyArticle", jsonLd.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Metadata test", jsonLd.RootElement.GetProperty("headline").GetString());
        Assert.Equal("2019-07-04", jsonLd.RootElement.GetProperty("datePublished").GetString());
        Assert.Equal("ISMU Foundation", jsonLd.RootElement.GetProperty("author")[0].GetProperty("affiliation").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Related_briefs_of_the_same_topic_are_listed()
    {
        await Factory.AddBriefAsync(new NewBrief("First of the topic"));
        await Factory.AddBriefAsync(new NewBrief("Second of the topic") { Series = BriefSeries.PolicyOptionBrief });
        await Factory.AddBriefAsync(new NewBrief("Other topic") { Topic = "Something else" });
        await Factory.AddBriefAsync(new NewBrief("Draft of the topic") { Status = BriefStatus.Draft });
        var page = await Client.GetAsync("/briefs/first-of-the-topic");
        Assert.Equal(["Second of the topic"], page.Document.QuerySelectorAll(".related-briefs a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Unknown_and_draft_briefs_are_404()
    {
        await Factory.AddBriefAsync(new NewBrief("Still a draft") { Status = BriefStatus.Draft });
        foreach (var url in new[] { "/briefs/no-such-brief", "/briefs/still-a-draft", "/briefs/still-a-draft/pdf", "/briefs/still-a-draft/cite?format=bibtex" })
        {
            var page = await Client.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.NotFound, $"{url} answered {(int)page.Status}");
        }
    }

    [Fact]
    public async Task A_withdrawn_brief_says_so_and_why()
    {
        await Factory.AddBriefAsync(new NewBrief("Taken back") { Status = BriefStatus.Withdrawn });
        var page = await Client.GetAsync("/briefs/taken-back");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Superseded by a corrected edition.", page.One("#withdrawn-notice")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.One("#download-pdf"));
    }

    [Fact]
    public async Task The_atom_feed_lists_published_briefs_newest_first_and_per_area()
    {
        await Factory.AddBriefAsync(new NewBrief("Older migration brief") { PublishedOn = new(2019, 1, 1) });
        await Factory.AddBriefAsync(new NewBrief("Newer asylum brief") { Topic = "Dublin", Area = Area.Asylum, PublishedOn = new(2019, 2, 1), Authors = [("Søren Østergaard", "ECRE")] });
        await Factory.AddBriefAsync(new NewBrief("Draft brief") { Status = BriefStatus.Draft });

        var response = await Client.Http.GetAsync("/briefs/feed");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = Atom.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(["Newer asylum brief", "Older migration brief"], feed.Items.Select(i => i.Title.Text));
        Assert.Equal("Søren Østergaard", feed.Items.First().Authors.Single().Name);
        Assert.Equal("http://localhost/briefs/newer-asylum-brief", feed.Items.First().Links.Single().Uri.ToString());

        var asylum = Atom.Parse(await Client.Http.GetStringAsync("/briefs/feed?area=asylum"));
        Assert.Equal(["Newer asylum brief"], asylum.Items.Select(i => i.Title.Text));
    }
}
