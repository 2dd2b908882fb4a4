using System.Globalization;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Oai.OaiHarvester;

namespace ReSoma.Tests.Oai;

public sealed class OaiPagingTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private static readonly DateTimeOffset Start = OaiData.At(2020, 3, 1);

    // 120 public briefs (every tenth withdrawn, every fourth a policy option brief) and 5 drafts. Three briefs share each datestamp, so page boundaries
    // (every 50) fall inside a group: paging must order by the id as well as the datestamp.
    private async Task AddBriefsAsync(int count = 120)
    {
        var topics = await Factory.TopicsAsync();
        var briefs = Enumerable.Range(0, count)
            .Select(i => OaiData.Brief(topics[i % 3], $"brief-{i:000}", Start.AddMinutes(i / 3),
                i % 10 == 9 ? BriefStatus.Withdrawn : BriefStatus.Published,
                i % 4 == 3 ? BriefSeries.PolicyOptionBrief : BriefSeries.DiscussionBrief))
            .Concat(Enumerable.Range(0, 5).Select(i => OaiData.Brief(topics[0], $"draft-{i}", Start.AddMinutes(i), BriefStatus.Draft)))
            .ToArray();
        await Factory.AddAsync(briefs);
    }

    private async Task<List<XDocument>> HarvestAsync(string verb, string arguments = "")
    {
        var pages = new List<XDocument> { await Client.OaiAsync($"verb={verb}&metadataPrefix=oai_dc{arguments}") };
        while (pages[^1].Token() is { Value.Length: > 0 } token)
        {
            pages.Add(await Client.OaiAsync($"verb={verb}&resumptionToken={Uri.EscapeDataString(token.Value)}"));
            Assert.True(pages.Count < 10, "The harvest does not end.");
        }

        return pages;
    }

    private static (int CompleteListSize, int Cursor) Counters(XElement token) =>
        (int.Parse((string)token.Attribute("completeListSize")!, CultureInfo.InvariantCulture), int.Parse((string)token.Attribute("cursor")!, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("ListIdentifiers")]
    [InlineData("ListRecords")]
    public async Task A_long_list_comes_in_pages_of_50_with_resumption_tokens(string verb)
    {
        await AddBriefsAsync();

        var pages = await HarvestAsync(verb);

        Assert.Equal([50, 50, 20], pages.Select(p => p.Headers().Count));
        Assert.Equal([(120, 0), (120, 50), (120, 100)], pages.Select(p => Counters(p.Token()!)));
        Assert.NotEmpty(pages[0].Token()!.Value);
        Assert.Empty(pages[2].Token()!.Value);
        var slugs = pages.SelectMany(p => p.Identifiers()).Select(Slug).ToList();
        Assert.Equal(Enumerable.Range(0, 120).Select(i => $"brief-{i:000}"), slugs);
        Assert.Equal(12, pages.Sum(p => p.Headers().Count(h => (string?)h.Attribute("status") == "deleted")));

        var request = pages[1].Child("request");
        Assert.Equal(["verb", "resumptionToken"], request.Attributes().Select(a => a.Name.LocalName));
        Assert.Equal(verb, (string?)request.Attribute("verb"));
    }

    [Fact]
    public async Task The_token_keeps_the_selection_of_the_first_request()
    {
        await AddBriefsAsync();

        // Discussion briefs from minute 3 on: briefs 9..119 but every fourth.
        var pages = await HarvestAsync("ListRecords", "&set=series:discussion&from=2020-03-01T12:03:00Z");

        var expected = Enumerable.Range(9, 111).Where(i => i % 4 != 3).Select(i => $"brief-{i:000}").ToList();
        Assert.Equal(83, expected.Count);
        Assert.Equal([50, 33], pages.Select(p => p.Headers().Count));
        Assert.Equal([(83, 0), (83, 50)], pages.Select(p => Counters(p.Token()!)));
        Assert.Equal(expected, pages.SelectMany(p => p.Identifiers()).Select(Slug));
    }

    [Fact]
    public async Task A_filtered_list_pages_with_its_own_complete_size()
    {
        await AddBriefsAsync();

        var pages = await HarvestAsync("ListIdentifiers", "&from=2020-03-01T12:03:00Z&until=2020-03-01T12:38:00Z");

        // Minutes 3..38 hold briefs 9..116.
        Assert.Equal([50, 50, 8], pages.Select(p => p.Headers().Count));
        Assert.All(pages, p => Assert.Equal(108, Counters(p.Token()!).CompleteListSize));
        Assert.Equal(Enumerable.Range(9, 108).Select(i => $"brief-{i:000}"), pages.SelectMany(p => p.Identifiers()).Select(Slug));
    }

    [Fact]
    public async Task A_brief_edited_during_a_harvest_comes_again_at_the_end_and_none_is_skipped()
    {
        await AddBriefsAsync();
        var first = await Client.OaiAsync("verb=ListIdentifiers&metadataPrefix=oai_dc");

        // An editor saves an already harvested brief: every later page must still be complete.
        await Factory.WithDbAsync(async db =>
        {
            var brief = await db.Briefs.SingleAsync(b => b.Slug == "brief-010");
            brief.UpdatedAt = OaiData.At(2021, 1, 1);
            await db.SaveChangesAsync();
        });
        var rest = new List<XDocument>();
        var token = first.Token()!.Value;
        while (token.Length > 0)
        {
            rest.Add(await Client.OaiAsync("verb=ListIdentifiers&resumptionToken=" + Uri.EscapeDataString(token)));
            token = rest[^1].Token()!.Value;
        }

        var slugs = first.Identifiers().Concat(rest.SelectMany(p => p.Identifiers())).Select(Slug).ToList();
        Assert.Equal(121, slugs.Count);
        Assert.Equal(120, slugs.Distinct().Count());
        Assert.Equal("brief-010", slugs[^1]);
    }

    [Fact]
    public async Task A_list_of_one_page_has_no_resumption_token()
    {
        await AddBriefsAsync(count: 50);

        var oai = await Client.OaiAsync("verb=ListRecords&metadataPrefix=oai_dc");

        Assert.Equal(50, oai.Headers().Count);
        Assert.Null(oai.Token());
    }

    [Fact]
    public async Task A_token_belongs_to_its_verb_and_must_come_alone()
    {
        await AddBriefsAsync();
        var token = (await Client.OaiAsync("verb=ListIdentifiers&metadataPrefix=oai_dc")).Token()!.Value;
        var escaped = Uri.EscapeDataString(token);

        Assert.Equal(["badResumptionToken"], (await Client.OaiAsync("verb=ListRecords&resumptionToken=" + escaped)).Errors());
        Assert.Equal(["badResumptionToken"], (await Client.OaiAsync("verb=ListSets&resumptionToken=" + escaped)).Errors());
        Assert.Equal(["badResumptionToken"], (await Client.OaiAsync("verb=ListIdentifiers&resumptionToken=" + escaped[..^2])).Errors());
        Assert.Equal(["badResumptionToken"], (await Client.OaiAsync("verb=ListIdentifiers&resumptionToken=" + escaped[1..])).Errors());
        Assert.Equal(["badArgument"], (await Client.OaiAsync("verb=ListIdentifiers&metadataPrefix=oai_dc&resumptionToken=" + escaped)).Errors());
        Assert.Equal(["badArgument"], (await Client.OaiAsync("verb=ListIdentifiers&set=area:asylum&resumptionToken=" + escaped)).Errors());
        Assert.Equal(50, (await Client.OaiAsync("verb=ListIdentifiers&resumptionToken=" + escaped)).Headers().Count);
    }
}
