using System.Globalization;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Oai.OaiHarvester;

namespace ReSoma.Tests.Oai;

public sealed class OaiIdentifyTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Identify_describes_the_repository()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var oai = await Client.OaiAsync("verb=Identify");

        var root = oai.Root!;
        Assert.Equal(Pmh.NamespaceName, root.GetDefaultNamespace().NamespaceName);
        Assert.StartsWith(Pmh.NamespaceName + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd", (string)root.Attribute(Xsi + "schemaLocation")!, StringComparison.Ordinal);
        var responseDate = DateTimeOffset.ParseExact(oai.Child("responseDate").Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.InRange(responseDate, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal("http://localhost/oai", oai.Child("request").Value);
        Assert.Equal("Identify", (string?)oai.Child("request").Attribute("verb"));
        Assert.Single(oai.Child("request").Attributes());

        var identify = oai.Child("Identify");
        string Field(string name) => identify.Element(Pmh + name)!.Value;
        Assert.Equal("ReSOMA – Research Social Platform on Migration and Asylum", Field("repositoryName"));
        Assert.Equal("http://localhost/oai", Field("baseURL"));
        Assert.Equal("2.0", Field("protocolVersion"));
        Assert.Equal("info@resoma.local", Field("adminEmail"));
        Assert.Equal("2018-01-01T00:00:00Z", Field("earliestDatestamp"));
        Assert.Equal("persistent", Field("deletedRecord"));
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", Field("granularity"));

        var scheme = identify.Element(Pmh + "description")!.Element(OaiIdentifier + "oai-identifier")!;
        Assert.Equal("oai", scheme.Element(OaiIdentifier + "scheme")!.Value);
        Assert.Equal("localhost", scheme.Element(OaiIdentifier + "repositoryIdentifier")!.Value);
        Assert.Equal(":", scheme.Element(OaiIdentifier + "delimiter")!.Value);
        Assert.StartsWith("oai:localhost:brief/", scheme.Element(OaiIdentifier + "sampleIdentifier")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_earliest_datestamp_is_that_of_the_oldest_public_brief()
    {
        var topics = await Factory.TopicsAsync();
        await Factory.AddAsync(
            OaiData.Brief(topics[0], "old-draft", OaiData.At(2015, 1, 1), BriefStatus.Draft),
            OaiData.Brief(topics[0], "withdrawn", OaiData.At(2019, 3, 4, 5, 6, 7, 500), BriefStatus.Withdrawn),
            OaiData.Brief(topics[1], "published", OaiData.At(2020, 6, 1)));

        var oai = await Client.OaiAsync("verb=Identify");

        Assert.Equal("2019-03-04T05:06:07Z", oai.Child("Identify").Element(Pmh + "earliestDatestamp")!.Value);
    }

    [Fact]
    public async Task ListMetadataFormats_offers_oai_dc_and_oai_datacite_for_the_repository_and_for_each_public_item()
    {
        var topics = await Factory.TopicsAsync();
        await Factory.AddAsync(
            OaiData.Brief(topics[0], "published", OaiData.At(2020, 1, 1)),
            OaiData.Brief(topics[0], "withdrawn", OaiData.At(2020, 1, 1), BriefStatus.Withdrawn),
            OaiData.Brief(topics[0], "draft", OaiData.At(2020, 1, 1), BriefStatus.Draft));

        foreach (var query in new[] { "", "&identifier=oai:localhost:brief/published", "&identifier=oai:localhost:brief/withdrawn" })
        {
            var oai = await Client.OaiAsync("verb=ListMetadataFormats" + query);
            var formats = oai.Child("ListMetadataFormats").Elements(Pmh + "metadataFormat").ToList();
            Assert.Equal(["oai_dc", "oai_datacite"], formats.Select(f => f.Element(Pmh + "metadataPrefix")!.Value));
            var format = formats[0];
            Assert.Equal("oai_dc", format.Element(Pmh + "metadataPrefix")!.Value);
            Assert.Equal("http://www.openarchives.org/OAI/2.0/oai_dc.xsd", format.Element(Pmh + "schema")!.Value);
            Assert.Equal(OaiDc.NamespaceName, format.Element(Pmh + "metadataNamespace")!.Value);
        }

        foreach (var identifier in new[] { "oai:localhost:brief/draft", "oai:localhost:brief/nothing", "oai:elsewhere.org:brief/published", "published" })
        {
            var oai = await Client.OaiAsync("verb=ListMetadataFormats&identifier=" + Uri.EscapeDataString(identifier));
            Assert.Equal(["idDoesNotExist"], oai.Errors());
            Assert.Equal(identifier, (string?)oai.Child("request").Attribute("identifier"));
        }
    }

    [Fact]
    public async Task ListSets_has_a_set_per_series_and_per_area_under_their_parents()
    {
        var oai = await Client.OaiAsync("verb=ListSets");

        var sets = oai.Child("ListSets").Elements(Pmh + "set")
            .ToDictionary(s => s.Element(Pmh + "setSpec")!.Value, s => s.Element(Pmh + "setName")!.Value);
        Assert.Equal("Discussion briefs", sets["series:discussion"]);
        Assert.Equal("Policy option briefs", sets["series:policy-options"]);
        Assert.Equal("Final synthetic reports", sets["series:final-reports"]);
        Assert.Equal("Policy area: Migration", sets["area:migration"]);
        Assert.Equal("Policy area: Asylum", sets["area:asylum"]);
        Assert.Equal("Policy area: Integration", sets["area:integration"]);
        Assert.Equal(["series", "series:discussion", "series:policy-options", "series:final-reports", "area", "area:migration", "area:asylum", "area:integration"], sets.Keys);
        Assert.Null(oai.Token());
    }
}
