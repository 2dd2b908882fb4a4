using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Tests.Notifications;

/// <summary>The notifications page and the count in the header: unread news marked until seen, only one's own, and
/// only about what is still public.</summary>
public sealed class NotificationsPageTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private async Task<string> FollowerOfDetentionAsync(PortalClient client, string prefix)
    {
        var email = (await Factory.AddStakeholdersAsync(1, prefix: prefix)).Single();
        await Factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            var topic = await db.Topics.SingleAsync(t => t.Title == "Immigration detention");
            db.Follows.Add(new Follow { UserId = user.Id, Kind = FollowKind.Topic, Key = FollowTargets.TopicKey(topic.Id, topic.FirstEntryId), CreatedAt = DateTimeOffset.UtcNow });
            return await db.SaveChangesAsync();
        });
        await client.LoginAsync(email, PortalFactory.Password);
        return email;
    }

    private async Task<PortalClient> EditorAsync()
    {
        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        return editor;
    }

    private async Task<int> PublishAsync(PortalClient editor, string title)
    {
        var draft = await Factory.AddBriefAsync(new NewBrief(title) { Status = BriefStatus.Draft });
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync($"/editor/briefs/{draft.Id}/edit", new Dictionary<string, string>(), $"/editor/briefs/{draft.Id}/publish")).Status);
        return draft.Id;
    }

    [Fact]
    public async Task News_is_counted_in_the_header_marked_new_once_and_then_read()
    {
        await Factory.AddBriefAsync(new NewBrief("An earlier brief on detention"));
        await FollowerOfDetentionAsync(Client, "reader");
        Assert.Null((await Client.GetAsync("/")).One("#unread-count"));

        var editor = await EditorAsync();
        await PublishAsync(editor, "Detention alternatives compared");
        await PublishAsync(editor, "Detention of children");
        Assert.Equal("2 unread", (await Client.GetAsync("/briefs")).One("#unread-count")!.TextContent.Trim());

        var page = await Client.GetAsync("/notifications");
        var items = page.Document.QuerySelectorAll("#notifications li");
        Assert.Equal(["Detention of children", "Detention alternatives compared"], items.Select(li => li.QuerySelector("a")!.TextContent));
        Assert.All(items, li => Assert.Contains("unread", li.ClassList));
        Assert.Equal("Because you follow Immigration detention", items[0].QuerySelector(".notification-reason")!.TextContent.Trim());
        Assert.Equal("/briefs/detention-of-children", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(page.One("#unread-count")); // seen on this very page

        var again = await Client.GetAsync("/notifications");
        Assert.Empty(again.Document.QuerySelectorAll("#notifications li.unread"));
        Assert.Equal(2, again.Document.QuerySelectorAll("#notifications li").Length);
    }

    [Fact]
    public async Task Only_ones_own_news_about_what_is_still_public_is_listed_and_counted()
    {
        await Factory.AddBriefAsync(new NewBrief("An earlier brief on detention"));
        await FollowerOfDetentionAsync(Client, "reader");
        var editor = await EditorAsync();
        var withdrawn = await PublishAsync(editor, "A brief taken back");
        await PublishAsync(editor, "Detention alternatives compared");
        await editor.SubmitAsync($"/editor/briefs/{withdrawn}/edit", new Dictionary<string, string>(), $"/editor/briefs/{withdrawn}/unpublish");

        Assert.Equal("1 unread", (await Client.GetAsync("/")).One("#unread-count")!.TextContent.Trim());
        var titles = (await Client.GetAsync("/notifications")).Document.QuerySelectorAll("#notifications li a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Detention alternatives compared"], titles);

        // Someone who follows nothing sees none of it, and a visitor is asked to log in.
        var other = NewClient();
        var email = (await Factory.AddStakeholdersAsync(1, prefix: "other")).Single();
        await other.LoginAsync(email, PortalFactory.Password);
        Assert.NotNull((await other.GetAsync("/notifications")).One("#notifications-empty"));
        Assert.Contains("/account/login", (await NewClient().GetAsync("/notifications")).Location, StringComparison.Ordinal);
    }
}
