using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.News;

public sealed class NewsAuthorizationTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private async Task<string[]> UrlsAsync()
    {
        var post = await Factory.AddNewsAsync(new NewNews("A draft") { Published = false });
        return ["/editor/news", "/editor/news/new", $"/editor/news/{post.Id}/edit", $"/editor/news/{post.Id}/preview"];
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        foreach (var url in await UrlsAsync())
        {
            var page = await Client.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.Redirect, $"{url} answered {(int)page.Status}");
            Assert.Contains("/account/login", page.Location, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.Policymaker)]
    [InlineData(Roles.Practitioner)]
    public async Task Stakeholders_get_403_and_cannot_publish(string role)
    {
        var urls = await UrlsAsync();
        await Client.LoginAsRoleAsync(role);
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync(url)).Status);
        }

        var id = Factory.WithDb(db => db.NewsPosts.Single().Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.PostWithTokenAsync($"/editor/news/{id}/publish")).Status);
        Assert.False(Factory.WithDb(db => db.NewsPosts.Single().IsPublished));
    }

    [Theory]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Admin)]
    public async Task Editors_and_admins_may_work_on_news(string role)
    {
        var urls = await UrlsAsync();
        await Client.LoginAsRoleAsync(role);
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync(url)).Status);
        }
    }
}
