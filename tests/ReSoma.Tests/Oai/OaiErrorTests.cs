using System.Text;
using ReSoma.Tests.Infrastructure;
using static ReSoma.Tests.Oai.OaiHarvester;

namespace ReSoma.Tests.Oai;

public sealed class OaiErrorTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Theory]
    [InlineData("")]
    [InlineData("metadataPrefix=oai_dc")]
    [InlineData("verb=")]
    [InlineData("verb=Foo")]
    [InlineData("verb=identify")]
    [InlineData("Verb=Identify")]
    [InlineData("verb=Identify&verb=Identify")]
    [InlineData("verb=ListSets&verb=ListSets")]
    [InlineData("verb=ListSets&verb=Identify")]
    [InlineData("verb=%01")]
    public async Task A_missing_unknown_or_repeated_verb_is_badVerb(string query)
    {
        var oai = await Client.OaiAsync(query);

        Assert.Equal(["badVerb"], oai.Errors());
        AssertRequestIsBaseUrlOnly(oai);
    }

    [Theory]
    [InlineData("verb=Identify&foo=bar")]
    [InlineData("verb=Identify&Verb=Identify")]
    [InlineData("verb=Identify&metadataPrefix=oai_dc")]
    [InlineData("verb=ListSets&set=area")]
    [InlineData("verb=ListMetadataFormats&metadataPrefix=oai_dc")]
    [InlineData("verb=ListRecords")]
    [InlineData("verb=ListIdentifiers&from=2020-01-01")]
    [InlineData("verb=ListRecords&metadataPrefix=")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&identifier=oai:localhost:brief/x")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-13-01")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-02-30")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01T00:00:00")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01T00:00Z")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01T00:00:00.000Z")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01T00:00:00%2B01:00")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=%202020-01-01")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&until=2020-1-1")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2020-01-02T00:00:00Z")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-02-01&until=2020-01-01")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01T00:00:01Z&until=2020-01-01T00:00:00Z")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&from=2020-01-02")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&set=a%01")]
    [InlineData("verb=ListIdentifiers&resumptionToken=abc&metadataPrefix=oai_dc")]
    [InlineData("verb=ListIdentifiers&resumptionToken=abc&resumptionToken=abc")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc")]
    [InlineData("verb=GetRecord&identifier=oai:localhost:brief/x")]
    [InlineData("verb=GetRecord&identifier=oai:localhost:brief/x&metadataPrefix=oai_dc&set=area")]
    [InlineData("verb=GetRecord&identifier=oai:localhost:brief/x&metadataPrefix=oai_dc&resumptionToken=abc")]
    public async Task Unknown_missing_repeated_or_illegal_arguments_are_badArgument(string query)
    {
        var oai = await Client.OaiAsync(query);

        Assert.NotEmpty(oai.Errors());
        Assert.All(oai.Errors(), code => Assert.Equal("badArgument", code));
        AssertRequestIsBaseUrlOnly(oai);
    }

    [Fact]
    public async Task Every_wrong_argument_is_reported()
    {
        var oai = await Client.OaiAsync("verb=ListRecords&from=never&until=later");

        Assert.Equal(["badArgument", "badArgument", "badArgument"], oai.Errors());
        Assert.All(oai.Root!.Elements(Pmh + "error"), e => Assert.NotEmpty(e.Value));
    }

    [Theory]
    [InlineData("ListIdentifiers", "abc")]
    [InlineData("ListRecords", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("ListRecords", "0|2020-01-01|42")]
    [InlineData("ListRecords", "%E2%9C%93")]
    [InlineData("ListSets", "abc")]
    public async Task A_token_not_issued_here_is_badResumptionToken(string verb, string token)
    {
        var oai = await Client.OaiAsync($"verb={verb}&resumptionToken={token}");

        Assert.Equal(["badResumptionToken"], oai.Errors());
        Assert.Equal(verb, (string?)oai.Child("request").Attribute("verb"));
    }

    [Fact]
    public async Task A_huge_token_is_badResumptionToken()
    {
        var oai = await Client.OaiAsync("verb=ListRecords&resumptionToken=" + new string('A', 5000));

        Assert.Equal(["badResumptionToken"], oai.Errors());
    }

    [Theory]
    [InlineData("ListRecords")]
    [InlineData("ListIdentifiers")]
    public async Task Any_format_but_oai_dc_cannot_be_disseminated(string verb)
    {
        foreach (var prefix in new[] { "marc21", "oai_DC", "oai_dc%20" })
        {
            var oai = await Client.OaiAsync($"verb={verb}&metadataPrefix={prefix}");

            Assert.Equal(["cannotDisseminateFormat"], oai.Errors());
            Assert.Equal(Uri.UnescapeDataString(prefix), (string?)oai.Child("request").Attribute("metadataPrefix"));
        }
    }

    [Theory]
    [InlineData("%")]
    [InlineData("%ZZ=%ZZ")]
    [InlineData("verb=Identify&")]
    [InlineData("&&verb=Identify&&")]
    [InlineData("verb")]
    [InlineData("=&=&=")]
    [InlineData("verb=Identify&%00=x")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&set=%ED%A0%80")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=0001-01-01&until=9999-12-31")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=9999-12-31T23:59:59Z&until=9999-12-31T23:59:59Z")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=0001-01-01T00:00:00Z&until=0001-01-01T00:00:00Z")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:localhost:brief/")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=%F0%9F%98%80")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc&identifier=%3Cx%20a=%22%26%22%3E")]
    [InlineData("verb=ListMetadataFormats&identifier=oai:localhost:brief/%27%3B--")]
    [InlineData("verb=ListSets&resumptionToken=%00")]
    public async Task Odd_input_never_breaks_the_endpoint(string query)
    {
        var oai = await Client.OaiAsync(query);

        Assert.NotNull(oai.Child("responseDate"));
        Assert.NotNull(oai.Child("request"));
    }

    [Fact]
    public async Task Arguments_can_be_posted_as_a_form_without_antiforgery_token()
    {
        var topics = await Factory.TopicsAsync();
        await Factory.AddAsync(OaiData.Brief(topics[0], "posted", OaiData.At(2020, 1, 1)));

        var oai = await Client.OaiPostAsync(("verb", "ListRecords"), ("metadataPrefix", "oai_dc"), ("from", "2019-12-31"));

        Assert.Empty(oai.Errors());
        Assert.Equal(["oai:localhost:brief/posted"], oai.Identifiers());
        Assert.Equal("2019-12-31", (string?)oai.Child("request").Attribute("from"));
        var identify = await Client.OaiPostAsync(("verb", "Identify"));
        Assert.Equal("http://localhost/oai", identify.Child("Identify").Element(Pmh + "baseURL")!.Value);
    }

    [Fact]
    public async Task Posted_arguments_are_checked_like_query_arguments()
    {
        Assert.Equal(["badVerb"], (await Client.OaiPostAsync(("verb", "ListSets"), ("verb", "ListSets"))).Errors());
        Assert.Equal(["badVerb"], (await Client.OaiPostAsync()).Errors());
        Assert.Equal(["badArgument"], (await Client.OaiPostAsync(("verb", "Identify"), ("x", "y"))).Errors());
        var json = await Client.OaiPostAsync(new StringContent("{\"verb\":\"Identify\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(["badArgument"], json.Errors());
        var multipart = new MultipartFormDataContent { { new StringContent("Identify"), "verb" } };
        Assert.Equal(["badArgument"], (await Client.OaiPostAsync(multipart)).Errors());
        var huge = await Client.OaiPostAsync(("verb", "Identify"), ("pad", new string('x', 20_000)));
        Assert.Equal(["badArgument"], huge.Errors());
    }

    private static void AssertRequestIsBaseUrlOnly(System.Xml.Linq.XDocument oai)
    {
        var request = oai.Child("request");
        Assert.Empty(request.Attributes());
        Assert.Equal("http://localhost/oai", request.Value);
        Assert.Equal(["responseDate", "request", "error"], oai.Root!.Elements().Select(e => e.Name.LocalName).Distinct());
    }
}
