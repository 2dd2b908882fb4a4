using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data.Seeding;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.News;

/// <summary>The demo portal's news, as a first run seeds it (with whatever demo events exist at that moment).</summary>
public sealed class DemoNewsTests(DemoPortalFactory factory) : PortalTest<DemoPortalFactory>(factory)
{
    [Fact]
    public async Task The_demo_news_is_published_from_the_launch_to_the_move_into_IMISCOE()
    {
        var year = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().Year;
        var posts = await Factory.WithDbAsync(db => db.NewsPosts.AsNoTracking().Include(n => n.Topics).ThenInclude(t => t.Cycle).Include(n => n.Events).Include(n => n.Search).ToListAsync());
        Assert.Equal(10, posts.Count);
        Assert.All(posts, p => Assert.True(p.IsDemo && p.IsPublished && p.Search!.IsPublic, p.Title));
        Assert.Equal(8, posts.Count(p => p.Date.Year is >= 2018 and <= 2020));
        Assert.Equal(2, posts.Count(p => p.Date.Year == year));
        Assert.Contains(posts, p => p.Date == new DateOnly(2018, 2, 12));
        Assert.Contains(posts, p => p.Body.Contains("criminalisation of solidarity", StringComparison.Ordinal) && p.Body.Contains("observatory", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Title.Contains("Call for written contributions", StringComparison.Ordinal));
        Assert.Equal(9, posts.Single(p => p.Title == "Nine topics for 2019").Topics.Count);
        Assert.Equal(4, posts.Single(p => p.Title == "The first cycle's topics are chosen").Topics.Count);

        // This year's cycle: its opening names all nine topics, the carried ones as this year's entries.
        var opening = posts.Single(p => p.Title == $"Cycle {year} opens with nine topics");
        Assert.Equal(9, opening.Topics.Count);
        Assert.All(opening.Topics, t => Assert.Equal(year, t.Cycle!.Year));

        var list = await Client.GetAsync("/news");
        var titles = list.Document.QuerySelectorAll(".news-list h2 a").Select(a => a.TextContent).ToList();
        // Both of this year's items come first (on New Year's Day they share a date), then the move into IMISCOE.
        Assert.Equal(new[] { opening.Title, "How to take part in this year's consultations" }.Order(), titles.Take(2).Order());
        Assert.Equal("ReSOMA continues inside IMISCOE", titles[2]);
        Assert.Equal(posts.Count, list.Document.QuerySelectorAll(".news-list > li").Length);
        Assert.Equal(posts.Count, Atom.Parse(await Client.Http.GetStringAsync("/news/feed")).Items.Count());
    }

    [Fact]
    public async Task The_Lisbon_items_are_linked_to_the_final_conference_when_it_exists()
    {
        var conference = await Factory.WithDbAsync(db => db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Slug == DemoNews.FinalConferenceSlug));
        var lisbon = await Factory.WithDbAsync(db => db.NewsPosts.AsNoTracking().Include(n => n.Events)
            .Where(n => n.Title.Contains("Lisbon")).OrderBy(n => n.Date).ToListAsync());

        Assert.Equal(2, lisbon.Count);
        Assert.Equal(new DateOnly(2019, 11, 18), lisbon[0].Date);
        Assert.Contains("5 and 6 February 2020", lisbon[0].Body, StringComparison.Ordinal);
        foreach (var theme in new[] { "funding integration at local level", "service providers", "come of age", "link it to policy", "new alliances", "IMISCOE", "Migration Research Hub", "CrossMigration" })
        {
            Assert.Contains(theme, lisbon[1].Body, StringComparison.OrdinalIgnoreCase);
        }

        // The events feature seeds the conference in the full portal; without it the items stand alone.
        Assert.All(lisbon, n => Assert.Equal(conference is null ? [] : [conference.Id], n.Events.Select(e => e.Id)));
        var page = await Client.GetAsync("/news/" + lisbon[1].Slug);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(conference is { IsPublished: true } ? 1 : 0, page.Document.QuerySelectorAll($".related-events a[href='/events/{DemoNews.FinalConferenceSlug}']").Length);
        Assert.Equal("/topics/funding-local-integration", page.One(".related-topics a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Demo_news_is_seeded_once_and_deleted_with_the_other_demo_content()
    {
        var before = await Factory.WithDbAsync(db => db.NewsPosts.CountAsync());
        await Factory.Services.InitializeDatabaseAsync();
        Assert.Equal(before, await Factory.WithDbAsync(db => db.NewsPosts.CountAsync()));

        await Client.LoginAsRoleAsync(Roles.Admin);
        var admin = await Client.GetAsync("/admin/demo-content");
        Assert.Equal(before.ToString(System.Globalization.CultureInfo.InvariantCulture), admin.One("#demo-news")!.TextContent);
        var page = await Client.SubmitAsync(admin, new Dictionary<string, string>(), "/admin/demo-content/delete");
        Assert.Contains($"{before} news items", page.Text, StringComparison.Ordinal);
        Assert.Equal("0", page.One("#demo-news")!.TextContent);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.NewsPosts.CountAsync()));
        Assert.Equal(0, await Factory.WithDbAsync(db => db.SearchDocuments.CountAsync(d => d.Kind == NewsPost.SearchKind)));

        await Factory.Services.InitializeDatabaseAsync();
        Assert.Equal(0, await Factory.WithDbAsync(db => db.NewsPosts.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/news/highlights-of-the-final-conference-in-lisbon")).Status);
    }
}

/// <summary>The news seeder on its own, on a portal where a test decides whether the Lisbon conference exists.</summary>
public sealed class DemoNewsSeederTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private async Task SeedNewsAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<DemoNewsSeeder>().Single().SeedAsync();
    }

    private Task<List<NewsPost>> LisbonItemsAsync() => Factory.WithDbAsync(db => db.NewsPosts.AsNoTracking().Include(n => n.Events)
        .Where(n => n.Title.Contains("Lisbon") || n.Teaser.Contains("Lisbon")).OrderBy(n => n.Date).ToListAsync());

    [Fact]
    public async Task When_the_conference_exists_both_Lisbon_items_link_to_it()
    {
        var conference = await Factory.AddEventAsync("ReSOMA final conference", DemoNews.FinalConferenceSlug);
        await SeedNewsAsync();

        var lisbon = await LisbonItemsAsync();
        Assert.True(lisbon.Count >= 2);
        Assert.All(lisbon, n => Assert.Equal([conference.Id], n.Events.Select(e => e.Id)));

        var highlights = await Client.GetAsync("/news/highlights-of-the-final-conference-in-lisbon");
        Assert.Equal("/events/resoma-final-conference-lisbon", highlights.One(".related-events a")!.GetAttribute("href"));
        var announcement = await Client.GetAsync("/news/" + lisbon[0].Slug);
        Assert.Equal("/events/resoma-final-conference-lisbon", announcement.One(".related-events a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Without_the_conference_the_items_are_seeded_without_the_link()
    {
        await Factory.AddEventAsync("Another event", "another-event");
        await SeedNewsAsync();

        var lisbon = await LisbonItemsAsync();
        Assert.True(lisbon.Count >= 2);
        Assert.All(lisbon, n => Assert.Empty(n.Events));
        var highlights = await Client.GetAsync("/news/highlights-of-the-final-conference-in-lisbon");
        Assert.Equal(HttpStatusCode.OK, highlights.Status);
        Assert.Null(highlights.One(".related-events"));
    }

    [Fact]
    public async Task Demo_items_never_take_a_slug_already_in_use()
    {
        await Factory.AddNewsAsync(new NewNews("Highlights of the final conference in Lisbon") { Teaser = "Our own report." });
        await SeedNewsAsync();

        var slugs = await Factory.WithDbAsync(db => db.NewsPosts.Where(n => n.Title == "Highlights of the final conference in Lisbon")
            .OrderBy(n => n.Id).Select(n => new { n.Slug, n.IsDemo }).ToListAsync());
        Assert.Equal([("highlights-of-the-final-conference-in-lisbon", false), ("highlights-of-the-final-conference-in-lisbon-2", true)], slugs.Select(s => (s.Slug, s.IsDemo)));
        Assert.Equal("Our own report.", (await Client.GetAsync("/news/highlights-of-the-final-conference-in-lisbon")).One(".teaser")!.TextContent);
    }
}
