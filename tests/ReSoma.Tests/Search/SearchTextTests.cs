using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Search;

namespace ReSoma.Tests.Search;

/// <summary>What search documents hold: plain text for snippets, and the area to filter by.</summary>
public sealed class SearchTextTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string MarkdownBody = """
        # Findings on detainees

        Detainees **must** be heard, and _quickly_.

        - *Effectiveness*: see [the UNHCR guidance](https://www.unhcr.org/guidance) on detainees.
        - `Costs` of detainees matter.

        > Quoted expert view on detainees.
        """;

    [Fact]
    public async Task Snippets_show_plain_text_without_markdown_and_keep_link_texts()
    {
        await Factory.AddBriefAsync(new NewBrief("Markdown brief") { Summary = "**Bold** summary.", Body = MarkdownBody });

        var snippet = (await Client.GetAsync("/search?q=detainees")).One(".search-result[data-kind=brief] .snippet")!.TextContent;

        Assert.Contains("detainees", snippet, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("the UNHCR guidance", snippet, StringComparison.Ordinal);
        foreach (var markup in new[] { "**", "#", "- ", "[", "](", "http", "`", "> ", " . ", " : ", "_quickly_", "*" })
        {
            Assert.DoesNotContain(markup, snippet, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Search_documents_store_plain_text()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Markdown brief") { Summary = "**Bold** summary.", Body = MarkdownBody });

        var document = await Factory.WithDbAsync(db => db.SearchDocuments.AsNoTracking().SingleAsync(d => d.BriefId == brief.Id));

        Assert.Equal("Bold summary.", document.Summary);
        Assert.StartsWith("Findings on detainees\n", document.Body, StringComparison.Ordinal);
        Assert.Contains("Effectiveness: see the UNHCR guidance on detainees.", document.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("**", document.Body, StringComparison.Ordinal);
        // The brief itself keeps its Markdown for its page.
        Assert.Equal(MarkdownBody, await Factory.WithDbAsync(db => db.Briefs.Where(b => b.Id == brief.Id).Select(b => b.Body).SingleAsync()));
    }

    [Fact]
    public async Task Documents_know_their_area_through_their_topic()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Asylum brief") { Topic = "Reception", Area = Area.Asylum });
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("A consultation"));
        var news = await Factory.AddNewsAsync(new NewNews("News without topics"));
        var newsOnTopic = await Factory.AddNewsAsync(new NewNews("News on a topic") { TopicSlugs = ["reception-2019"] });
        int byIdOnly = 0;
        await Factory.WithDbAsync(async db =>
        {
            // Editors set only the topic's id, on new content too.
            var topicId = await db.Topics.Where(t => t.Area == Area.Asylum).Select(t => t.Id).SingleAsync();
            var added = new Brief { Title = "By topic id", Slug = "by-topic-id", TopicId = topicId, Status = BriefStatus.Published, PublishedOn = new(2020, 1, 1) };
            db.Briefs.Add(added);
            await db.SaveChangesAsync();
            byIdOnly = added.Id;
        });

        var areas = await Factory.WithDbAsync(db => db.SearchDocuments.AsNoTracking().ToDictionaryAsync(d => d.Path, d => d.Area));

        Assert.Equal(Area.Asylum, areas["/briefs/" + brief.Slug]);
        Assert.Equal(Area.Asylum, areas["/briefs/by-topic-id"]);
        Assert.Equal(Area.Asylum, areas["/topics/reception-2019"]);
        Assert.Equal(Area.Asylum, areas["/consultations/" + consultation.Slug]); // the builder takes the first topic
        Assert.Null(areas["/news/" + news.Slug]);
        Assert.Equal(Area.Asylum, areas["/news/" + newsOnTopic.Slug]);
        Assert.NotEqual(0, byIdOnly);
    }

    [Fact]
    public async Task Moving_a_brief_to_another_topic_moves_its_document_to_that_area()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Moving brief"));
        await Factory.AddBriefAsync(new NewBrief("Other") { Topic = "Integration work", Area = Area.Integration });
        await Factory.WithDbAsync(async db =>
        {
            var stored = await db.Briefs.SingleAsync(b => b.Id == brief.Id);
            stored.TopicId = await db.Topics.Where(t => t.Area == Area.Integration).Select(t => t.Id).SingleAsync();
            await db.SaveChangesAsync();
        });

        Assert.Equal(Area.Integration, await Factory.WithDbAsync(db => db.SearchDocuments.Where(d => d.BriefId == brief.Id).Select(d => d.Area).SingleAsync()));
    }

    [Fact]
    public async Task Documents_saved_before_are_rewritten_once_and_the_full_text_index_follows()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Old brief") { Body = "Detainees **must** be heard: [guidance](https://example.org)." });
        await Factory.WithDbAsync(async db =>
        {
            // As an older portal saved it: Markdown, no area; and the step has not run on this database yet.
            await db.SearchDocuments.Where(d => d.BriefId == brief.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Body, "Detainees **must** be heard: [guidance](https://example.org).").SetProperty(d => d.Area, (Area?)null));
            await db.SeedMarks.Where(m => m.Name == SearchIndexRefresh.Mark).ExecuteDeleteAsync();
        });
        Assert.Contains("**", (await Client.GetAsync("/search?q=detainees")).One(".search-result[data-kind=brief] .snippet")!.TextContent, StringComparison.Ordinal);

        await Factory.Services.RefreshSearchIndexOnceAsync();

        var document = await Factory.WithDbAsync(db => db.SearchDocuments.AsNoTracking().SingleAsync(d => d.BriefId == brief.Id));
        Assert.Equal("Detainees must be heard: guidance.", document.Body);
        Assert.Equal(Area.Migration, document.Area);
        Assert.Equal("Detainees must be heard: guidance.", (await Client.GetAsync("/search?q=detainees")).One(".search-result[data-kind=brief] .snippet")!.TextContent.Replace("…", "", StringComparison.Ordinal).Trim());
        Assert.True(await Factory.WithDbAsync(db => db.SeedMarks.AnyAsync(m => m.Name == SearchIndexRefresh.Mark)));
    }
}
