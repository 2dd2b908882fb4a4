using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.News;

public sealed class NewsFeedTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_feed_is_valid_atom_with_the_published_items_newest_first()
    {
        await Factory.AddCycleAsync(2019, topics: ("Public opinion on migration", Area.Integration));
        await Factory.AddNewsAsync(new NewNews("Launch") { Date = new(2018, 2, 12), Teaser = "ReSOMA starts." });
        await Factory.AddNewsAsync(new NewNews("Highlights") { Date = new(2020, 2, 10), TopicSlugs = ["public-opinion-on-migration"] });
        await Factory.AddNewsAsync(new NewNews("Secret draft") { Date = new(2021, 1, 1), Published = false });

        var response = await Client.Http.GetAsync("/news/feed");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        var feed = Atom.Parse(xml);

        Assert.Equal("ReSOMA news", feed.Title.Text);
        Assert.Equal(["Highlights", "Launch"], feed.Items.Select(i => i.Title.Text));
        Assert.DoesNotContain("Secret draft", xml, StringComparison.Ordinal);
        var launch = feed.Items.Last();
        Assert.Equal("http://localhost/news/launch", launch.Id);
        Assert.Equal("http://localhost/news/launch", launch.Links.Single().Uri.ToString());
        Assert.Equal("ReSOMA starts.", launch.Summary.Text);
        Assert.Equal(new DateTimeOffset(2018, 2, 12, 0, 0, 0, TimeSpan.Zero), launch.PublishDate);
        Assert.Equal(["Public opinion on migration"], feed.Items.First().Categories.Select(c => c.Name));
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.ToString() == "http://localhost/news/feed");
    }

    [Fact]
    public async Task Unpublishing_takes_an_item_out_of_the_feed()
    {
        var post = await Factory.AddNewsAsync(new NewNews("Soon withdrawn"));
        Assert.Single(Atom.Parse(await Client.Http.GetStringAsync("/news/feed")).Items);

        await Factory.WithDbAsync(async db =>
        {
            var tracked = await db.NewsPosts.FindAsync(post.Id);
            tracked!.Unpublish();
            await db.SaveChangesAsync();
        });
        Assert.Empty(Atom.Parse(await Client.Http.GetStringAsync("/news/feed")).Items);
    }

    [Fact]
    public async Task An_empty_feed_is_still_valid_atom()
    {
        var feed = Atom.Parse(await Client.Http.GetStringAsync("/news/feed"));
        Assert.Empty(feed.Items);
        Assert.Equal("ReSOMA news", feed.Title.Text);
    }
}
