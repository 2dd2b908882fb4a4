using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Cycles;

/// <summary>A topic carried over keeps one identity: one page with its whole history, counted and found once.</summary>
public sealed class TopicHistoryTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string First = "/topics/immigration-detention-2019";
    private const string Later = "/topics/immigration-detention-2021";

    /// <summary>Cycle 2019 with a published brief and a consultation on detention, then cycle 2021 opened by an admin
    /// with detention carried over, and a brief of 2021 on it.</summary>
    private async Task CarryDetentionInto2021Async()
    {
        await Factory.AddBriefAsync(new NewBrief("Detention of families in 2019") { Year = 2019, PublishedOn = new(2019, 6, 3) });
        await Factory.AddBriefAsync(new NewBrief("Public opinion brief") { Topic = "Public opinion", Area = Area.Integration, Year = 2019 });
        await Factory.AddConsultationAsync(new NewConsultation("Detention meeting of 2019") { StartsIn = TimeSpan.FromDays(-300), DeadlineIn = TimeSpan.FromDays(-305) });
        await Factory.WithDbAsync(db => db.Cycles.ExecuteUpdateAsync(u => u.SetProperty(c => c.IsCurrent, true)));
        var detention = await Factory.TopicIdAsync("Immigration detention", 2019);
        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);
        var opened = await admin.OpenCycleAsync([$"carry-{detention}"], page => page.NewTopics(Area.Asylum, "Reception of children").With(new() { ["OpenAnyway"] = "true" }), new()
        {
            ["Year"] = "2021", ["AgendaSettingOn"] = "2021-01-11", ["ConsultationsOn"] = "2021-04-01", ["SynthesisOn"] = "2021-09-01", ["PublicationOn"] = "2021-11-15",
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        await Factory.AddBriefAsync(new NewBrief("Alternatives to detention in 2021") { Year = 2021, PublishedOn = new(2021, 10, 4) });
    }

    [Fact]
    public async Task The_topic_page_shows_its_whole_history_across_cycles()
    {
        await CarryDetentionInto2021Async();

        var page = await Client.GetAsync(First);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Cycles 2019, 2021 · current phase: Agenda setting", page.One("#topic-cycles")!.TextContent.Trim());
        Assert.Equal(["topic-run-2021", "topic-run-2019"], page.Document.QuerySelectorAll(".topic-run").Select(s => s.Id));
        Assert.Contains("Detention of families in 2019", page.One("#topic-run-2019")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Detention meeting of 2019", page.One("#topic-run-2019")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Alternatives to detention in 2021", page.One("#topic-run-2021")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing has been published", page.Text, StringComparison.Ordinal);

        var later = await Client.GetAsync(Later);
        Assert.Equal((HttpStatusCode.MovedPermanently, First), (later.Status, later.Location));

        var library = await Client.GetAsync("/briefs?topic=immigration-detention-2019");
        Assert.Equal(["Alternatives to detention in 2021", "Detention of families in 2019"], library.Document.QuerySelectorAll(".brief-card h2 a").Select(a => a.TextContent.Trim()).Order());
        var brief = await Client.GetAsync("/briefs/alternatives-to-detention-in-2021");
        Assert.NotNull(brief.One($"a[href='{First}']"));
    }

    [Fact]
    public async Task A_carried_topic_is_counted_found_and_listed_once()
    {
        await CarryDetentionInto2021Async();

        var home = await Client.GetAsync("/");
        Assert.Equal("3", home.One("#figure-topics")!.TextContent.Trim()); // detention, public opinion, reception of children

        var search = await Client.GetAsync("/search?q=immigration+detention");
        Assert.Single(search.Document.QuerySelectorAll($"main a[href='{First}']"), a => a.Closest("nav") is null);
        Assert.Empty(search.Document.QuerySelectorAll($"main a[href='{Later}']"));

        var sitemap = await (await Client.Http.GetAsync("/sitemap.xml")).Content.ReadAsStringAsync();
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(sitemap, "/topics/immigration-detention"));

        var topics = await Client.GetAsync("/topics");
        var links = topics.Document.QuerySelectorAll(".topic-list a").Where(a => a.TextContent == "Immigration detention").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([First, First], links);
        Assert.Equal("continued since 2019", topics.One("#area-2021-migration")!.ParentElement!.QuerySelector(".continues")!.TextContent);

        var filter = await Client.GetAsync("/briefs");
        Assert.Single(filter.Document.QuerySelectorAll("#topic option"), o => o.TextContent.StartsWith("Immigration detention", StringComparison.Ordinal));
    }
}
