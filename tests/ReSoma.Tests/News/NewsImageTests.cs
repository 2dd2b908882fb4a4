using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.News;

/// <summary>Serving images: to everyone when the item is published, to editors only while it is a draft.</summary>
public sealed class NewsImageTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_published_items_image_is_served_with_its_type_nosniff_and_long_caching()
    {
        var post = await Factory.AddNewsAsync(new NewNews("With a picture") { Image = NewsBuilder.WebP, ImageContentType = "image/webp" });
        var response = await Client.Http.GetAsync($"/news/images/{post.Id}?v={post.Version}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(NewsBuilder.WebP, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl.MaxAge);
        Assert.NotNull(response.Headers.ETag);

        var again = new HttpRequestMessage(HttpMethod.Get, $"/news/images/{post.Id}?v={post.Version}");
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await Client.Http.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task A_drafts_image_is_404_to_visitors_and_stakeholders_and_shown_to_editors_without_shared_caching()
    {
        var post = await Factory.AddNewsAsync(new NewNews("Draft with a picture") { Published = false, Image = NewsBuilder.Png });
        var url = $"/news/images/{post.Id}";
        Assert.Equal(HttpStatusCode.NotFound, (await Client.Http.GetAsync(url)).StatusCode);

        var researcher = NewClient();
        await researcher.LoginAsRoleAsync(Roles.Researcher);
        Assert.Equal(HttpStatusCode.NotFound, (await researcher.Http.GetAsync(url)).StatusCode);

        await Client.LoginAsRoleAsync(Roles.Editor);
        var response = await Client.Http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(NewsBuilder.Png, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.True(response.Headers.CacheControl!.Private);
        Assert.False(response.Headers.CacheControl.Public);
    }

    [Fact]
    public async Task Unpublishing_hides_the_image_again()
    {
        var post = await Factory.AddNewsAsync(new NewNews("Briefly public") { Image = NewsBuilder.Png });
        Assert.Equal(HttpStatusCode.OK, (await Client.Http.GetAsync($"/news/images/{post.Id}")).StatusCode);
        await Factory.WithDbAsync(async db =>
        {
            (await db.NewsPosts.FindAsync(post.Id))!.Unpublish();
            await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.NotFound, (await Client.Http.GetAsync($"/news/images/{post.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("/news/images/4242")]
    [InlineData("/news/images/abc")]
    [InlineData("/news/images/-1")]
    public async Task Unknown_images_are_404(string url)
    {
        await Factory.AddNewsAsync(new NewNews("No picture"));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_item_without_an_image_has_none_to_serve()
    {
        var post = await Factory.AddNewsAsync(new NewNews("No picture"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.Http.GetAsync($"/news/images/{post.Id}")).StatusCode);
    }
}
