using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Briefs;

public sealed class BriefSearchTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Stemming_finds_other_forms_of_a_word()
    {
        await Factory.AddBriefAsync(new NewBrief("Closed centres") { Body = "The increasing use of detention across Europe." });
        await Factory.AddBriefAsync(new NewBrief("Asylum procedures") { Body = "Rights of the asylum seeker at the border." });
        await Factory.AddBriefAsync(new NewBrief("Unrelated") { Body = "Funding for cities." });

        Assert.Equal(["Closed centres"], Titles(await Search("detained")));
        Assert.Equal(["Asylum procedures"], Titles(await Search("seekers")));
    }

    [Fact]
    public async Task A_quoted_phrase_matches_only_those_words_in_that_order()
    {
        await Factory.AddBriefAsync(new NewBrief("The concept") { Body = "The safe third country concept in EU law." });
        await Factory.AddBriefAsync(new NewBrief("Scattered words") { Body = "A third option for a safe country of origin." });

        Assert.Equal(["The concept"], Titles(await Search("\"safe third country\"")));
        Assert.Equal(2, Titles(await Search("safe third country")).Count);
    }

    [Fact]
    public async Task A_match_in_the_title_ranks_above_one_in_the_text()
    {
        await Factory.AddBriefAsync(new NewBrief("Funding cities") { Body = "Local budgets. Solidarity is mentioned once here.", PublishedOn = new(2019, 9, 1) });
        await Factory.AddBriefAsync(new NewBrief("Solidarity in asylum policy") { Body = "Sharing responsibility.", PublishedOn = new(2019, 1, 1) });

        var page = await Search("solidarity");
        Assert.Equal(["Solidarity in asylum policy", "Funding cities"], Titles(page));
        Assert.Equal("2 briefs, most relevant first", page.One("#result-count")!.TextContent);
    }

    [Fact]
    public async Task Authors_and_keywords_are_searchable()
    {
        await Factory.AddBriefAsync(new NewBrief("By Hélène") { Authors = [("Hélène Dufresne", "PICUM")] });
        await Factory.AddBriefAsync(new NewBrief("Tagged") { Keywords = "strategic litigation; courts" });

        Assert.Equal(["By Hélène"], Titles(await Search("dufresne")));
        Assert.Equal(["By Hélène"], Titles(await Search("Helene")));
        Assert.Equal(["Tagged"], Titles(await Search("litigation")));
    }

    [Fact]
    public async Task Results_show_highlighted_snippets_with_the_text_escaped()
    {
        await Factory.AddBriefAsync(new NewBrief("Snippets") { Body = "Before <script>alert(1)</script> the **detention** of migrants, after." });
        var page = await Search("detention");
        var snippet = page.One(".snippet")!;
        Assert.Equal("detention", snippet.QuerySelector("mark")!.TextContent);
        Assert.Null(snippet.QuerySelector("script"));
        Assert.Contains("<script>", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_published_briefs_are_found()
    {
        await Factory.AddBriefAsync(new NewBrief("Public one") { Body = "Resettlement schemes." });
        await Factory.AddBriefAsync(new NewBrief("Draft one") { Body = "Resettlement schemes.", Status = BriefStatus.Draft });
        await Factory.AddBriefAsync(new NewBrief("Withdrawn one") { Body = "Resettlement schemes.", Status = BriefStatus.Withdrawn });
        Assert.Equal(["Public one"], Titles(await Search("resettlement")));
    }

    [Fact]
    public async Task Search_combines_with_filters()
    {
        await Factory.AddBriefAsync(new NewBrief("Migration detention") { Body = "Detention." });
        await Factory.AddBriefAsync(new NewBrief("Asylum detention") { Body = "Detention.", Topic = "Reception", Area = Area.Asylum });
        var page = await Client.GetAsync("/briefs?q=detention&area=asylum");
        Assert.Equal(["Asylum detention"], Titles(page));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(")]
    [InlineData("detention NEAR(")]
    [InlineData("***")]
    [InlineData("))) OR (((")]
    [InlineData("title:detention")]
    [InlineData("-")]
    [InlineData("\"\"")]
    [InlineData("AND OR NOT")]
    [InlineData("^detention*")]
    public async Task Query_syntax_never_breaks_the_page(string q)
    {
        await Factory.AddBriefAsync(new NewBrief("Detention and its alternatives") { Body = "Detention." });
        var page = await Search(q);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.One("#result-count"));
    }

    [Fact]
    public async Task Punctuation_only_shows_all_briefs_with_a_notice()
    {
        await Factory.AddBriefAsync(new NewBrief("Something"));
        var page = await Search("?!.,;");
        Assert.Equal(["Something"], Titles(page));
        Assert.Contains("no words to look for", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edited_brief_is_found_by_its_new_words_and_not_its_old_ones()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Changing text") { Body = "Originally about quotas." });
        await Factory.WithDbAsync(async db =>
        {
            var stored = await db.Briefs.FindAsync(brief.Id);
            await db.Entry(stored!).Collection(b => b.Authors).LoadAsync();
            await db.Entry(stored!).Reference(b => b.Search).LoadAsync();
            stored!.Body = "Now about sponsorship.";
            await db.SaveChangesAsync();
        });

        Assert.Empty(Titles(await Search("quotas")));
        Assert.Equal(["Changing text"], Titles(await Search("sponsors")));
    }

    [Fact]
    public async Task A_search_counts_up_to_a_thousand_and_says_more_than()
    {
        await Factory.WithDbAsync(async db =>
        {
            var topic = new Topic { Title = "Bulk", Slug = "bulk", Area = Area.Asylum, Origin = TopicOrigin.EuAgenda, Cycle = new Cycle { Year = 2020 } };
            for (var i = 0; i < 1_005; i++)
            {
                db.Briefs.Add(new Brief
                {
                    Title = $"Solidarity brief {i}", Slug = $"solidarity-brief-{i}", Topic = topic, Summary = "Solidarity.", Body = "Solidarity.",
                    Status = BriefStatus.Published, PublishedOn = new DateOnly(2020, 1, 1), CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
                });
            }

            await db.SaveChangesAsync();
        });

        Assert.Equal("More than 1,000 briefs, most relevant first", (await Search("solidarity")).One("#result-count")!.TextContent);
        Assert.Equal("1005 briefs, newest first", (await Client.GetAsync("/briefs")).One("#result-count")!.TextContent);
        Assert.Equal("51", (await Client.GetAsync("/briefs")).Document.QuerySelectorAll(".pagination .page-link").Last().TextContent);
    }

    private Task<Page> Search(string q) => Client.GetAsync("/briefs?q=" + Uri.EscapeDataString(q));

    private static List<string> Titles(Page page) => BriefLibraryTests.Titles(page);
}
