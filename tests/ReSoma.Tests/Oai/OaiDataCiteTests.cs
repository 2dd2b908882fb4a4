using System.Xml.Linq;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Oai.OaiHarvester;

namespace ReSoma.Tests.Oai;

/// <summary>oai_dc carries the licence and the DOI; oai_datacite is a second format with the DataCite kernel-4 record.</summary>
public sealed class OaiDataCiteTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static readonly XNamespace OaiDataCite = "http://schema.datacite.org/oai/oai-1.1/";
    private static readonly XNamespace Kernel = "http://datacite.org/schema/kernel-4";
    private const string Identifier = "oai:localhost:brief/reception-standards";

    private async Task SeedAsync()
    {
        await Factory.AddBriefAsync(new NewBrief("Reception standards")
        {
            Authors = [("Josiah Carberry", "Brown University"), ("Zoë Lindqvist", null)],
            Orcids = new Dictionary<string, string> { ["Josiah Carberry"] = "0000-0002-1825-0097" },
            Licence = BriefLicence.CcBySa40,
            Doi = "10.5555/resoma.2019.001",
        });
        await Factory.AddBriefAsync(new NewBrief("No DOI here"));
        await Factory.AddBriefAsync(new NewBrief("Taken back") { Status = BriefStatus.Withdrawn });
    }

    [Fact]
    public async Task ListMetadataFormats_names_oai_dc_and_oai_datacite()
    {
        await SeedAsync();
        var formats = (await Client.OaiAsync("verb=ListMetadataFormats")).Child("ListMetadataFormats").Elements(Pmh + "metadataFormat").ToList();
        Assert.Equal(["oai_dc", "oai_datacite"], formats.Select(f => f.Element(Pmh + "metadataPrefix")!.Value));
        Assert.Equal("http://schema.datacite.org/oai/oai-1.1/", formats[1].Element(Pmh + "metadataNamespace")!.Value);
        Assert.Equal("http://schema.datacite.org/oai/oai-1.1/oai.xsd", formats[1].Element(Pmh + "schema")!.Value);
    }

    [Fact]
    public async Task Dublin_Core_has_the_licence_as_rights_and_the_DOI_as_an_identifier()
    {
        await SeedAsync();
        var dc = (await Client.OaiAsync("verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Identifier)).Descendants(OaiDc + "dc").Single();
        Assert.Equal(["https://creativecommons.org/licenses/by-sa/4.0/"], dc.Elements(Dc + "rights").Select(e => e.Value));
        Assert.Contains("https://doi.org/10.5555/resoma.2019.001", dc.Elements(Dc + "identifier").Select(e => e.Value));
        Assert.Equal(["Carberry, Josiah", "Lindqvist, Zoë"], dc.Elements(Dc + "creator").Select(e => e.Value));

        var plain = (await Client.OaiAsync("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:brief/no-doi-here")).Descendants(OaiDc + "dc").Single();
        Assert.Equal(["https://creativecommons.org/licenses/by/4.0/"], plain.Elements(Dc + "rights").Select(e => e.Value));
        Assert.DoesNotContain(plain.Elements(Dc + "identifier"), e => e.Value.Contains("doi.org", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetRecord_in_oai_datacite_wraps_the_kernel_4_resource()
    {
        await SeedAsync();
        var wrapper = (await Client.OaiAsync("verb=GetRecord&metadataPrefix=oai_datacite&identifier=" + Identifier)).Descendants(OaiDataCite + "oai_datacite").Single();
        Assert.Equal("4.5", wrapper.Element(OaiDataCite + "schemaVersion")!.Value);
        Assert.Equal("localhost", wrapper.Element(OaiDataCite + "datacentreSymbol")!.Value);
        var resource = wrapper.Element(OaiDataCite + "payload")!.Element(Kernel + "resource")!;
        Assert.Equal("10.5555/resoma.2019.001", resource.Element(Kernel + "identifier")!.Value);
        Assert.Equal("https://orcid.org/0000-0002-1825-0097", resource.Descendants(Kernel + "nameIdentifier").Single().Value);
        Assert.Equal("CC-BY-SA-4.0", (string?)resource.Descendants(Kernel + "rights").Single().Attribute("rightsIdentifier"));
        foreach (var name in new[] { "creators", "titles", "publisher", "publicationYear", "resourceType" })
        {
            Assert.NotNull(resource.Element(Kernel + name));
        }
    }

    [Fact]
    public async Task ListRecords_in_oai_datacite_lists_every_public_brief_and_withdrawn_ones_as_deleted()
    {
        await SeedAsync();
        var list = (await Client.OaiAsync("verb=ListRecords&metadataPrefix=oai_datacite")).Child("ListRecords");
        var records = list.Elements(Pmh + "record").ToList();
        Assert.Equal(3, records.Count);
        Assert.Equal(2, list.Descendants(Kernel + "resource").Count());
        Assert.Single(list.Descendants(Pmh + "header"), h => (string?)h.Attribute("status") == "deleted");

        var identifiers = await Client.OaiAsync("verb=ListIdentifiers&metadataPrefix=oai_datacite");
        Assert.Equal(3, identifiers.Child("ListIdentifiers").Elements(Pmh + "header").Count());
    }

    [Fact]
    public async Task A_resumed_oai_datacite_harvest_stays_in_oai_datacite()
    {
        var topics = await Factory.TopicsAsync();
        await Factory.AddAsync(Enumerable.Range(0, 60).Select(i => OaiData.Brief(topics[0], $"brief-{i:00}", OaiData.At(2020, 3, 1).AddMinutes(i))).ToArray());

        var first = await Client.OaiAsync("verb=ListRecords&metadataPrefix=oai_datacite");
        Assert.Equal(50, first.Descendants(OaiDataCite + "oai_datacite").Count());
        var next = await Client.OaiAsync("verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(first.Token()!.Value));
        Assert.Equal(10, next.Descendants(OaiDataCite + "oai_datacite").Count());
        Assert.Empty(next.Descendants(OaiDc + "dc"));
    }

    [Fact]
    public async Task An_unknown_prefix_still_cannot_be_disseminated()
    {
        await SeedAsync();
        Assert.Equal(["cannotDisseminateFormat"], (await Client.OaiAsync("verb=ListRecords&metadataPrefix=datacite")).Errors());
        Assert.Equal(["cannotDisseminateFormat"], (await Client.OaiAsync("verb=GetRecord&metadataPrefix=oai_datacite4&identifier=" + Identifier)).Errors());
    }
}
