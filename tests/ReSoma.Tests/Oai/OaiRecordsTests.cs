using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Oai.OaiHarvester;

namespace ReSoma.Tests.Oai;

public sealed class OaiRecordsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private async Task AddLibraryAsync()
    {
        var topics = await Factory.TopicsAsync();
        var published = OaiData.Brief(topics[1], "reception-standards", OaiData.At(2019, 5, 2, 10, 30, 15, 250), series: BriefSeries.PolicyOptionBrief,
            authors: ["Ana Beatriz Ribeiro", "Jan van der Berg", "Plato"]);
        published.Title = "Reception standards across the EU";
        published.Keywords = "reception; Detention ; ;asylum reception";
        published.Language = "fr";
        await Factory.AddAsync(
            published,
            OaiData.Brief(topics[0], "a-draft", OaiData.At(2019, 4, 1), BriefStatus.Draft),
            OaiData.Brief(topics[2], "taken-back", OaiData.At(2019, 6, 1), BriefStatus.Withdrawn, BriefSeries.FinalSyntheticReport, "Ana Ribeiro"));
    }

    [Fact]
    public async Task ListRecords_gives_public_briefs_in_dublin_core_and_withdrawn_ones_as_deleted()
    {
        await AddLibraryAsync();

        var oai = await Client.OaiAsync("verb=ListRecords&metadataPrefix=oai_dc");

        Assert.Empty(oai.Errors());
        var request = oai.Child("request");
        Assert.Equal(("ListRecords", "oai_dc"), ((string?)request.Attribute("verb"), (string?)request.Attribute("metadataPrefix")));
        var records = oai.Child("ListRecords").Elements(Pmh + "record").ToList();
        Assert.Equal(["oai:localhost:brief/reception-standards", "oai:localhost:brief/taken-back"], oai.Identifiers());
        Assert.Null(oai.Token());

        var header = records[0].Element(Pmh + "header")!;
        Assert.Null(header.Attribute("status"));
        Assert.Equal("2019-05-02T10:30:15Z", header.Element(Pmh + "datestamp")!.Value);
        Assert.Equal(["series:policy-options", "area:asylum"], header.Elements(Pmh + "setSpec").Select(s => s.Value));

        var dc = records[0].Element(Pmh + "metadata")!.Element(OaiDc + "dc")!;
        Assert.Equal(Dc.NamespaceName, dc.GetNamespaceOfPrefix("dc")!.NamespaceName);
        Assert.Equal($"{OaiDc.NamespaceName} http://www.openarchives.org/OAI/2.0/oai_dc.xsd", (string?)dc.Attribute(Xsi + "schemaLocation"));
        Assert.Equal(["Reception standards across the EU"], dc.DcValues("title"));
        Assert.Equal(["Ribeiro, Ana Beatriz", "van der Berg, Jan", "Plato"], dc.DcValues("creator"));
        Assert.Equal(["reception", "Detention", "asylum reception"], dc.DcValues("subject"));
        Assert.Equal(["What reception-standards is about."], dc.DcValues("description"));
        Assert.Equal(["ReSOMA – Research Social Platform on Migration and Asylum"], dc.DcValues("publisher"));
        Assert.Equal(["2019-05-02"], dc.DcValues("date"));
        Assert.Equal(["Text", "Policy option brief"], dc.DcValues("type"));
        Assert.Equal(["application/pdf"], dc.DcValues("format"));
        Assert.Equal(["http://localhost/briefs/reception-standards", "http://localhost/briefs/reception-standards/pdf"], dc.DcValues("identifier"));
        Assert.Equal(["fr"], dc.DcValues("language"));
        Assert.Equal(["http://localhost/topics/asylum-reception"], dc.DcValues("relation"));

        var deleted = records[1];
        Assert.Equal("deleted", (string?)deleted.Element(Pmh + "header")!.Attribute("status"));
        Assert.Equal("2019-06-01T12:00:00Z", deleted.Element(Pmh + "header")!.Element(Pmh + "datestamp")!.Value);
        Assert.Equal(["series:final-reports", "area:integration"], deleted.Element(Pmh + "header")!.Elements(Pmh + "setSpec").Select(s => s.Value));
        Assert.Null(deleted.Element(Pmh + "metadata"));
    }

    [Fact]
    public async Task The_dublin_core_identifiers_lead_to_the_brief_and_its_pdf()
    {
        await AddLibraryAsync();
        var oai = await Client.OaiAsync("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:brief/reception-standards");

        var links = oai.Child("GetRecord").Descendants(Dc + "identifier").Select(i => new Uri(i.Value).PathAndQuery).ToList();
        var page = await Client.Http.GetAsync(links[0]);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var pdf = await Client.Http.GetAsync(links[1]);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListIdentifiers_gives_the_headers_alone()
    {
        await AddLibraryAsync();

        var oai = await Client.OaiAsync("verb=ListIdentifiers&metadataPrefix=oai_dc");

        var list = oai.Child("ListIdentifiers");
        Assert.Equal(["header", "header"], list.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(["oai:localhost:brief/reception-standards", "oai:localhost:brief/taken-back"], oai.Identifiers());
        Assert.Equal(new string?[] { null, "deleted" }, oai.Headers().Select(h => (string?)h.Attribute("status")));
        Assert.Empty(oai.Root!.Descendants(OaiDc + "dc"));
    }

    [Fact]
    public async Task GetRecord_finds_public_briefs_only()
    {
        await AddLibraryAsync();

        var found = await Client.OaiAsync("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:brief/reception-standards");
        var record = Assert.Single(found.Child("GetRecord").Elements(Pmh + "record"));
        Assert.Equal(["Reception standards across the EU"], record.DcValues("title"));
        Assert.Equal("oai:localhost:brief/reception-standards", (string?)found.Child("request").Attribute("identifier"));

        var withdrawn = await Client.OaiAsync("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:brief/taken-back");
        Assert.Equal("deleted", (string?)Assert.Single(withdrawn.Headers()).Attribute("status"));
        Assert.Null(withdrawn.Child("GetRecord").Descendants(Pmh + "metadata").SingleOrDefault());

        foreach (var unknown in new[] { "oai:localhost:brief/a-draft", "oai:localhost:brief/no-such-brief", "oai:localhost:brief/", "oai:other.org:brief/reception-standards", "reception-standards" })
        {
            var missing = await Client.OaiAsync("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Uri.EscapeDataString(unknown));
            Assert.Equal(["idDoesNotExist"], missing.Errors());
            Assert.Null(missing.Root!.Element(Pmh + "GetRecord"));
        }
    }

    [Fact]
    public async Task GetRecord_in_another_format_cannot_be_disseminated()
    {
        await AddLibraryAsync();

        var oai = await Client.OaiAsync("verb=GetRecord&metadataPrefix=marc21&identifier=oai:localhost:brief/reception-standards");

        Assert.Equal(["cannotDisseminateFormat"], oai.Errors());
        Assert.Equal("marc21", (string?)oai.Child("request").Attribute("metadataPrefix"));
    }

    [Fact]
    public async Task Characters_xml_cannot_carry_are_left_out_of_records()
    {
        var topics = await Factory.TopicsAsync();
        var brief = OaiData.Brief(topics[0], "pasted", OaiData.At(2020, 1, 1));
        brief.Title = "Pasted\u000b title\u0001";
        await Factory.AddAsync(brief);

        var oai = await Client.OaiAsync("verb=ListRecords&metadataPrefix=oai_dc");

        Assert.Equal(["Pasted title"], oai.Root!.Descendants(Pmh + "record").Single().DcValues("title"));
    }
}
