using System.Net;
using System.Text.Json;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Briefs;

public sealed class CitationTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string TrickyTitle = "Rights & wrongs: the \"safe\" {third} country at 100% of $cost #1_a";

    private Task SeedAsync() => Factory.AddBriefAsync(new NewBrief(TrickyTitle)
    {
        PublishedOn = new(2019, 11, 5),
        Authors = [("Hélène Dufresne", "PICUM"), ("Jan van der Berg", null), ("Łukasz Nowicki", "CEPS")],
        Keywords = "detention; children",
        Summary = "Line one.\nLine two.",
    });

    private const string Slug = "rights-wrongs-the-safe-third-country-at-100-of-cost-1-a";

    [Theory]
    [InlineData("bibtex", "application/x-bibtex", ".bib")]
    [InlineData("ris", "application/x-research-info-systems", ".ris")]
    [InlineData("csl-json", "application/vnd.citationstyles.csl+json", ".json")]
    [InlineData("apa", "text/plain", ".txt")]
    [InlineData("chicago", "text/plain", ".txt")]
    public async Task Each_format_has_its_content_type_and_file_name(string format, string contentType, string extension)
    {
        await SeedAsync();
        var response = await Client.Http.GetAsync($"/briefs/{Slug}/cite?format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal($"resoma-{Slug}{extension}", response.Content.Headers.ContentDisposition!.FileName);
    }

    [Fact]
    public async Task BibTeX_reads_back_with_accents_braces_and_specials_intact()
    {
        await SeedAsync();
        var (type, key, fields) = CitationParsers.BibTeX(await Client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=bibtex"));
        Assert.Equal("techreport", type);
        Assert.Equal("resoma-" + Slug, key);
        Assert.Equal(TrickyTitle, fields["title"]);
        Assert.Equal("Dufresne, Hélène and van der Berg, Jan and Nowicki, Łukasz", fields["author"]);
        Assert.Equal("2019", fields["year"]);
        Assert.Equal("Discussion brief", fields["type"]);
        Assert.Equal($"http://localhost/briefs/{Slug}", fields["url"]);
        Assert.Equal("Line one. Line two.", fields["abstract"]);
    }

    [Fact]
    public async Task RIS_reads_back_one_tag_per_line()
    {
        await SeedAsync();
        var tags = CitationParsers.Ris(await Client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=ris"));
        Assert.Equal(TrickyTitle, tags.Single(t => t.Tag == "TI").Value);
        Assert.Equal(["Dufresne, Hélène", "van der Berg, Jan", "Nowicki, Łukasz"], tags.Where(t => t.Tag == "AU").Select(t => t.Value));
        Assert.Equal("2019/11/05", tags.Single(t => t.Tag == "DA").Value);
        Assert.Equal(["detention", "children"], tags.Where(t => t.Tag == "KW").Select(t => t.Value));
        Assert.Equal($"http://localhost/briefs/{Slug}/pdf", tags.Single(t => t.Tag == "L1").Value);
    }

    [Fact]
    public async Task CSL_JSON_parses_with_System_Text_Json()
    {
        await SeedAsync();
        using var json = JsonDocument.Parse(await Client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=csl-json"));
        var item = json.RootElement.EnumerateArray().Single();
        Assert.Equal("report", item.GetProperty("type").GetString());
        Assert.Equal(TrickyTitle, item.GetProperty("title").GetString());
        Assert.Equal("Hélène", item.GetProperty("author")[0].GetProperty("given").GetString());
        Assert.Equal("van der Berg", item.GetProperty("author")[1].GetProperty("family").GetString());
        Assert.Equal([2019, 11, 5], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task APA_and_Chicago_are_ready_to_paste()
    {
        await SeedAsync();
        var apa = await Client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=apa");
        Assert.StartsWith("Dufresne, H., van der Berg, J., & Nowicki, Ł. (2019, November 5). Rights & wrongs", apa, StringComparison.Ordinal);
        var chicago = await Client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=chicago");
        Assert.StartsWith("Dufresne, Hélène, Jan van der Berg, and Łukasz Nowicki. 2019. \u201CRights & wrongs: the 'safe' {third}", chicago, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_a_400_page_listing_the_formats()
    {
        await SeedAsync();
        var page = await Client.GetAsync($"/briefs/{Slug}/cite?format=word");
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("There is no citation format \"word\"", page.Text, StringComparison.Ordinal);
        Assert.Equal(5, page.Document.QuerySelectorAll("pre.citation-block").Length);
    }

    [Fact]
    public async Task The_brief_page_has_a_cite_box()
    {
        await SeedAsync();
        var page = await Client.GetAsync($"/briefs/{Slug}");
        Assert.StartsWith("Dufresne, H.", page.One("#citation-apa")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("@techreport{resoma-" + Slug, page.One("#citation-bibtex")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(5, page.Document.QuerySelectorAll(".cite-box ul a").Length);
    }
}
