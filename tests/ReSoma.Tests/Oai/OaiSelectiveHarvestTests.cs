using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Oai.OaiHarvester;

namespace ReSoma.Tests.Oai;

public sealed class OaiSelectiveHarvestTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    // Saved with fractions of a second, as the editor saves them; datestamps show whole seconds.
    private async Task AddBriefsAsync()
    {
        var topics = await Factory.TopicsAsync();
        await Factory.AddAsync(
            OaiData.Brief(topics[0], "first", OaiData.At(2020, 1, 1, 10, 0, 0)),
            OaiData.Brief(topics[1], "late-on-the-second", OaiData.At(2020, 1, 2, 23, 59, 59, 600), series: BriefSeries.PolicyOptionBrief),
            OaiData.Brief(topics[1], "midnight", OaiData.At(2020, 1, 3, 0, 0, 0), BriefStatus.Withdrawn),
            OaiData.Brief(topics[2], "last", OaiData.At(2020, 1, 5, 12, 0, 0), series: BriefSeries.FinalSyntheticReport),
            OaiData.Brief(topics[2], "unfinished", OaiData.At(2020, 1, 4), BriefStatus.Draft));
    }

    private async Task<IReadOnlyList<string>> SlugsAsync(string arguments)
    {
        var oai = await Client.OaiAsync("verb=ListIdentifiers&metadataPrefix=oai_dc" + arguments);
        return oai.Identifiers().Select(Slug).ToList();
    }

    [Theory]
    [InlineData("", "first late-on-the-second midnight last")]
    [InlineData("&from=2020-01-02", "late-on-the-second midnight last")]
    [InlineData("&until=2020-01-02", "first late-on-the-second")]
    [InlineData("&from=2020-01-02&until=2020-01-03", "late-on-the-second midnight")]
    [InlineData("&from=2020-01-02T23:59:59Z&until=2020-01-02T23:59:59Z", "late-on-the-second")]
    [InlineData("&until=2020-01-02T23:59:58Z", "first")]
    [InlineData("&from=2020-01-03T00:00:00Z&until=2020-01-05T11:59:59Z", "midnight")]
    [InlineData("&from=2020-01-05T12:00:00Z", "last")]
    [InlineData("&from=1970-01-01&until=9999-12-31", "first late-on-the-second midnight last")]
    public async Task From_and_until_are_inclusive_in_both_granularities(string arguments, string expected)
    {
        await AddBriefsAsync();

        Assert.Equal(expected.Split(' '), await SlugsAsync(arguments));
    }

    [Theory]
    [InlineData("series", "first late-on-the-second midnight last")]
    [InlineData("series:discussion", "first midnight")]
    [InlineData("series:policy-options", "late-on-the-second")]
    [InlineData("series:final-reports", "last")]
    [InlineData("area", "first late-on-the-second midnight last")]
    [InlineData("area:migration", "first")]
    [InlineData("area:asylum", "late-on-the-second midnight")]
    [InlineData("area:integration", "last")]
    public async Task Sets_select_by_series_and_by_area(string set, string expected)
    {
        await AddBriefsAsync();

        Assert.Equal(expected.Split(' '), await SlugsAsync("&set=" + set));
        var records = await Client.OaiAsync("verb=ListRecords&metadataPrefix=oai_dc&set=" + set);
        Assert.Equal(expected.Split(' '), records.Identifiers().Select(Slug));
        Assert.All(records.Headers(), h => Assert.Contains(h.Elements(Pmh + "setSpec"), s => s.Value.StartsWith(set, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Sets_and_dates_combine()
    {
        await AddBriefsAsync();

        Assert.Equal(["midnight"], await SlugsAsync("&set=area:asylum&from=2020-01-03"));
    }

    [Theory]
    [InlineData("&from=2020-01-06")]
    [InlineData("&until=2019-12-31")]
    [InlineData("&set=area:space")]
    [InlineData("&set=series:")]
    [InlineData("&set=area:asylum&from=2020-01-04")]
    public async Task Nothing_selected_is_noRecordsMatch(string arguments)
    {
        await AddBriefsAsync();

        foreach (var verb in new[] { "ListIdentifiers", "ListRecords" })
        {
            var oai = await Client.OaiAsync($"verb={verb}&metadataPrefix=oai_dc{arguments}");
            Assert.Equal(["noRecordsMatch"], oai.Errors());
            Assert.Equal(verb, (string?)oai.Child("request").Attribute("verb"));
            Assert.Null(oai.Root!.Element(Pmh + verb));
        }
    }

    [Fact]
    public async Task An_empty_repository_matches_no_records()
    {
        var oai = await Client.OaiAsync("verb=ListRecords&metadataPrefix=oai_dc");

        Assert.Equal(["noRecordsMatch"], oai.Errors());
    }
}
