using ReSoma.Tests.Infrastructure;
using static ReSoma.Tests.Oai.OaiHarvester;

namespace ReSoma.Tests.Oai;

/// <summary>A portal whose OAI settings name the admin address and a fixed repository identifier.</summary>
public sealed class ConfiguredOaiPortalFactory : PortalFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Oai:AdminEmail"] = "repository@resoma.example.eu",
        ["Oai:RepositoryIdentifier"] = "resoma.example.eu",
    };
}

public sealed class OaiSettingsTests(ConfiguredOaiPortalFactory factory) : PortalTest<ConfiguredOaiPortalFactory>(factory)
{
    [Fact]
    public async Task Identifiers_use_the_configured_repository_identifier_whatever_host_was_asked()
    {
        var topics = await Factory.TopicsAsync();
        await Factory.AddAsync(OaiData.Brief(topics[0], "labour-shortages", OaiData.At(2020, 1, 1)));

        var identify = (await Client.OaiAsync("verb=Identify")).Child("Identify");
        Assert.Equal("repository@resoma.example.eu", identify.Element(Pmh + "adminEmail")!.Value);
        Assert.Equal("resoma.example.eu", identify.Descendants(OaiIdentifier + "repositoryIdentifier").Single().Value);

        var list = await Client.OaiAsync("verb=ListIdentifiers&metadataPrefix=oai_dc");
        Assert.Equal(["oai:resoma.example.eu:brief/labour-shortages"], list.Identifiers());
        var record = await Client.OaiAsync("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:resoma.example.eu:brief/labour-shortages");
        Assert.Empty(record.Errors());
        var other = await Client.OaiAsync("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:brief/labour-shortages");
        Assert.Equal(["idDoesNotExist"], other.Errors());
    }
}
