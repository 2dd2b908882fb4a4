using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using UglyToad.PdfPig;

namespace ReSoma.Tests.Briefs;

/// <summary>The licence, the DOI and the authors' ORCID iDs reach every output of a brief: page, PDF, citations,
/// JSON-LD, DataCite XML and the signposting Link header.</summary>
public sealed class MetadataOutputTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Slug = "reception-standards";
    private const string Page = "http://localhost/briefs/" + Slug;
    private const string Doi = "10.5555/resoma.2019.001";
    private const string DoiUrl = "https://doi.org/" + Doi;
    private const string Carberry = "0000-0002-1825-0097";
    private const string CarberryUrl = "https://orcid.org/" + Carberry;
    private const string NcLicence = "https://creativecommons.org/licenses/by-nc/4.0/";
    private static readonly XNamespace Kernel = "http://datacite.org/schema/kernel-4";

    private Task SeedAsync(string? doi = Doi, BriefLicence licence = BriefLicence.CcByNc40, BriefStatus status = BriefStatus.Published) =>
        Factory.AddBriefAsync(new NewBrief("Reception standards")
        {
            Status = status,
            PublishedOn = new(2019, 11, 5),
            Authors = [("Josiah Carberry", "Brown University"), ("Zoë Lindqvist", null)],
            Orcids = new Dictionary<string, string> { ["Josiah Carberry"] = Carberry },
            Keywords = "reception; detention",
            Licence = licence,
            Doi = doi,
        });

    [Fact]
    public async Task The_page_shows_the_licence_deed_the_DOI_and_the_authors_ORCID_iDs()
    {
        await SeedAsync();
        var page = await NewClient().GetAsync("/briefs/" + Slug);
        var licence = page.One("a[rel=license]")!;
        Assert.Equal(NcLicence, licence.GetAttribute("href"));
        Assert.Contains("CC BY-NC 4.0", licence.TextContent, StringComparison.Ordinal);
        Assert.Equal(DoiUrl, page.One("#brief-doi")!.GetAttribute("href"));
        Assert.Equal(DoiUrl, page.One("#brief-doi")!.TextContent);
        var orcid = Assert.Single(page.Document.QuerySelectorAll(".byline a.orcid-link"));
        Assert.Equal(CarberryUrl, orcid.GetAttribute("href"));
        Assert.Equal("ORCID iD of Josiah Carberry", orcid.GetAttribute("aria-label"));
        Assert.Equal(Doi, page.One("meta[name=citation_doi]")!.GetAttribute("content"));
        Assert.Equal($"/briefs/{Slug}/datacite.xml", page.One("#datacite-xml")!.GetAttribute("href"));

        var cite = await NewClient().GetAsync($"/briefs/{Slug}/cite");
        Assert.Equal(NcLicence, cite.One("#cite-rights a[rel=license]")!.GetAttribute("href"));
        Assert.Contains(DoiUrl, cite.One("#cite-rights")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_DOI_the_page_shows_the_default_licence_and_no_DOI()
    {
        await SeedAsync(doi: null, licence: BriefLicences.Default);
        var page = await NewClient().GetAsync("/briefs/" + Slug);
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/", page.One("a[rel=license]")!.GetAttribute("href"));
        Assert.Null(page.One("#brief-doi"));
        Assert.Null(page.One("meta[name=citation_doi]"));
    }

    [Fact]
    public async Task JSON_LD_names_the_licence_the_DOI_and_the_authors_ORCID_iDs()
    {
        await SeedAsync();
        var page = await NewClient().GetAsync("/briefs/" + Slug);
        using var json = JsonDocument.Parse(page.One("script[type='application/ld+json']")!.TextContent);
        var root = json.RootElement;
        Assert.Equal(NcLicence, root.GetProperty("license").GetString());
        Assert.Equal(DoiUrl, root.GetProperty("sameAs").GetString());
        Assert.Equal("DOI", root.GetProperty("identifier").GetProperty("propertyID").GetString());
        Assert.Equal(Doi, root.GetProperty("identifier").GetProperty("value").GetString());
        var author = root.GetProperty("author")[0];
        Assert.Equal(CarberryUrl, author.GetProperty("@id").GetString());
        Assert.Equal(CarberryUrl, author.GetProperty("sameAs").GetString());
    }

    [Fact]
    public async Task The_generated_PDF_carries_the_licence_and_the_DOI()
    {
        await SeedAsync();
        var response = await NewClient().Http.GetAsync($"/briefs/{Slug}/pdf");
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Licence: Creative Commons Attribution-NonCommercial 4.0 International (CC BY-NC 4.0)", text, StringComparison.Ordinal);
        Assert.Contains(NcLicence, text, StringComparison.Ordinal);
        Assert.Contains("DOI: " + DoiUrl, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_citation_format_carries_the_DOI_and_those_with_a_place_for_it_the_licence()
    {
        await SeedAsync();
        var client = NewClient();
        var bibtex = CitationParsers.BibTeX(await client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=bibtex")).Fields;
        Assert.Equal(Doi, bibtex["doi"]);
        Assert.Equal($"CC BY-NC 4.0 ({NcLicence})", bibtex["copyright"]);

        var ris = CitationParsers.Ris(await client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=ris"));
        Assert.Equal(Doi, ris.Single(t => t.Tag == "DO").Value);
        Assert.Contains(NcLicence, ris.Single(t => t.Tag == "N1").Value, StringComparison.Ordinal);

        using var csl = JsonDocument.Parse(await client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=csl-json"));
        var item = csl.RootElement[0];
        Assert.Equal(Doi, item.GetProperty("DOI").GetString());
        Assert.Equal(NcLicence, item.GetProperty("license").GetString());
        Assert.Equal(CarberryUrl, item.GetProperty("author")[0].GetProperty("ORCID").GetString());
        Assert.False(item.GetProperty("author")[1].TryGetProperty("ORCID", out _));

        Assert.EndsWith($"ReSOMA – Research Social Platform on Migration and Asylum. {DoiUrl}\n", await client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=apa"), StringComparison.Ordinal);
        Assert.EndsWith($"{DoiUrl}.\n", await client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=chicago"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_DOI_citations_have_no_DOI_field_and_link_the_page()
    {
        await SeedAsync(doi: null);
        var client = NewClient();
        Assert.False(CitationParsers.BibTeX(await client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=bibtex")).Fields.ContainsKey("doi"));
        Assert.DoesNotContain(CitationParsers.Ris(await client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=ris")), t => t.Tag == "DO");
        using var csl = JsonDocument.Parse(await client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=csl-json"));
        Assert.False(csl.RootElement[0].TryGetProperty("DOI", out _));
        Assert.EndsWith(Page + "\n", await client.Http.GetStringAsync($"/briefs/{Slug}/cite?format=apa"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_DataCite_record_has_the_mandatory_properties_ORCID_iDs_and_the_SPDX_licence()
    {
        await SeedAsync();
        var response = await NewClient().Http.GetAsync($"/briefs/{Slug}/datacite.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.datacite.datacite+xml", response.Content.Headers.ContentType!.MediaType);
        var resource = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Kernel + "resource", resource.Name);

        var identifier = resource.Element(Kernel + "identifier")!;
        Assert.Equal(("DOI", Doi), ((string)identifier.Attribute("identifierType")!, identifier.Value));
        var creators = resource.Element(Kernel + "creators")!.Elements(Kernel + "creator").ToList();
        Assert.Equal(["Carberry, Josiah", "Lindqvist, Zoë"], creators.Select(c => c.Element(Kernel + "creatorName")!.Value));
        var orcid = creators[0].Element(Kernel + "nameIdentifier")!;
        Assert.Equal(CarberryUrl, orcid.Value);
        Assert.Equal("ORCID", (string?)orcid.Attribute("nameIdentifierScheme"));
        Assert.Equal("https://orcid.org", (string?)orcid.Attribute("schemeURI"));
        Assert.Equal("Brown University", creators[0].Element(Kernel + "affiliation")!.Value);
        Assert.Null(creators[1].Element(Kernel + "nameIdentifier"));
        Assert.Equal("Reception standards", resource.Element(Kernel + "titles")!.Element(Kernel + "title")!.Value);
        Assert.Equal("ReSOMA – Research Social Platform on Migration and Asylum", resource.Element(Kernel + "publisher")!.Value);
        Assert.Equal("2019", resource.Element(Kernel + "publicationYear")!.Value);
        var type = resource.Element(Kernel + "resourceType")!;
        Assert.Equal(("Text", "Discussion brief"), ((string)type.Attribute("resourceTypeGeneral")!, type.Value));
        Assert.Equal(["reception", "detention", "Immigration detention"], resource.Element(Kernel + "subjects")!.Elements().Select(s => s.Value));
        Assert.Equal("2019-11-05", resource.Element(Kernel + "dates")!.Elements().Single(d => (string?)d.Attribute("dateType") == "Issued").Value);
        Assert.Equal("en", resource.Element(Kernel + "language")!.Value);
        Assert.Equal(Page, resource.Descendants(Kernel + "alternateIdentifier").Single(a => (string?)a.Attribute("alternateIdentifierType") == "URL").Value);
        var rights = resource.Element(Kernel + "rightsList")!.Element(Kernel + "rights")!;
        Assert.Equal(NcLicence, (string?)rights.Attribute("rightsURI"));
        Assert.Equal("CC-BY-NC-4.0", (string?)rights.Attribute("rightsIdentifier"));
        Assert.Equal("SPDX", (string?)rights.Attribute("rightsIdentifierScheme"));
        var description = resource.Element(Kernel + "descriptions")!.Element(Kernel + "description")!;
        Assert.Equal("Abstract", (string?)description.Attribute("descriptionType"));
    }

    [Fact]
    public async Task Without_a_DOI_the_DataCite_record_is_identified_by_the_page_URL()
    {
        await SeedAsync(doi: null);
        var resource = XDocument.Parse(await NewClient().Http.GetStringAsync($"/briefs/{Slug}/datacite.xml")).Root!;
        var identifier = resource.Element(Kernel + "identifier")!;
        Assert.Equal(("URL", Page), ((string)identifier.Attribute("identifierType")!, identifier.Value));
        Assert.Null(resource.Element(Kernel + "alternateIdentifiers"));
    }

    [Theory]
    [InlineData(BriefStatus.Draft)]
    [InlineData(BriefStatus.Withdrawn)]
    public async Task Only_a_published_brief_has_a_DataCite_record(BriefStatus status)
    {
        await SeedAsync(status: status);
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().Http.GetAsync($"/briefs/{Slug}/datacite.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().Http.GetAsync("/briefs/no-such-brief/datacite.xml")).StatusCode);
    }

    [Fact]
    public async Task The_page_signposts_its_DOI_metadata_PDF_licence_and_authors_also_from_the_cache()
    {
        await SeedAsync();
        var first = await NewClient().Http.GetAsync("/briefs/" + Slug);
        var links = Links(first);
        Assert.Contains((DoiUrl, "cite-as", null), links);
        Assert.Contains((Page + "/datacite.xml", "describedby", "application/vnd.datacite.datacite+xml"), links);
        Assert.Contains((Page + "/cite?format=csl-json", "describedby", "application/vnd.citationstyles.csl+json"), links);
        Assert.Contains((Page + "/pdf", "item", "application/pdf"), links);
        Assert.Contains((NcLicence, "license", null), links);
        Assert.Equal([CarberryUrl], links.Where(l => l.Rel == "author").Select(l => l.Target));
        Assert.Single(links, l => l.Rel == "cite-as");

        var second = await NewClient().Http.GetAsync("/briefs/" + Slug);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(links, Links(second));
    }

    [Fact]
    public async Task Without_a_DOI_the_page_is_cited_as_itself_at_the_site_address()
    {
        await SeedAsync(doi: null);
        var links = Links(await NewClient().Http.GetAsync("/briefs/" + Slug));
        Assert.Contains((Page, "cite-as", null), links);
        Assert.All(links.Where(l => l.Rel is "describedby" or "item"), l => Assert.StartsWith(Page + "/", l.Target, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_withdrawn_brief_signposts_no_PDF_and_no_DataCite_record()
    {
        await SeedAsync(status: BriefStatus.Withdrawn);
        var links = Links(await NewClient().Http.GetAsync("/briefs/" + Slug));
        Assert.DoesNotContain(links, l => l.Rel == "item");
        Assert.DoesNotContain(links, l => l.Target.EndsWith("/datacite.xml", StringComparison.Ordinal));
        Assert.Contains((DoiUrl, "cite-as", null), links);
    }

    /// <summary>The Link header as (target, rel, type) triples.</summary>
    private static List<(string Target, string Rel, string? Type)> Links(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var value = string.Join(", ", response.Headers.GetValues("Link"));
        return value.Split(", <").Select(part =>
        {
            var pieces = part.Split("; ");
            string? Param(string name) => pieces.Skip(1).Select(p => p.Split('=', 2)).Where(p => p[0] == name).Select(p => p[1].Trim('"')).FirstOrDefault();
            return (pieces[0].Trim('<', '>'), Param("rel")!, Param("type"));
        }).ToList();
    }
}
