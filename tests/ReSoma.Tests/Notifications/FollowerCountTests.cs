using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Tests.Notifications;

/// <summary>Editors see how many follow each topic (across its cycles), area, series, the current cycle and the events;
/// never who.</summary>
public sealed class FollowerCountTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Editors_see_follower_counts_current_topics_first_and_no_names()
    {
        var earlier = await Factory.AddCycleAsync(2025, current: false, topics: [("Return policy", Area.Asylum), ("Labour migration", Area.Migration)]);
        var current = await Factory.AddCycleAsync(2026, current: true, topics: [("Detention alternatives", Area.Asylum)]);
        var fans = await Factory.AddStakeholdersAsync(4, prefix: "fan");
        await Factory.WithDbAsync(async db =>
        {
            var returns = earlier.Topics.Single(t => t.Title == "Return policy");
            db.Topics.Add(new Topic { CycleId = current.Id, Title = "Return policy", Slug = "return-policy-2026", Area = Area.Asylum, Origin = TopicOrigin.EuAgenda, FirstEntryId = returns.Id });
            var people = await db.Users.Where(u => fans.Contains(u.Email!)).OrderBy(u => u.Email).Select(u => u.Id).ToListAsync();
            void Add(int person, FollowKind kind, string key) =>
                db.Follows.Add(new Follow { UserId = people[person], Kind = kind, Key = key, CreatedAt = DateTimeOffset.UtcNow });
            var returnsKey = FollowTargets.TopicKey(returns.Id, null);
            Add(0, FollowKind.Topic, returnsKey);
            Add(1, FollowKind.Topic, returnsKey);
            Add(2, FollowKind.Topic, returnsKey);
            Add(0, FollowKind.Topic, FollowTargets.TopicKey(current.Topics.Single().Id, null));
            Add(0, FollowKind.Area, nameof(Area.Asylum));
            Add(1, FollowKind.Area, nameof(Area.Asylum));
            Add(3, FollowKind.Series, nameof(BriefSeries.DiscussionBrief));
            Add(2, FollowKind.Cycle, Follow.CurrentCycle);
            Add(1, FollowKind.Events, Follow.AllEvents);
            Add(3, FollowKind.Events, Follow.AllEvents);
            await db.SaveChangesAsync();
        });

        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync("/editor/followers");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var topics = page.Document.QuerySelectorAll("#topic-followers tbody tr")
            .Select(r => (r.QuerySelector("a")!.TextContent, r.QuerySelector("a")!.GetAttribute("href"), r.QuerySelector(".followers")!.TextContent)).ToList();
        Assert.Equal(
        [
            ("Detention alternatives", "/topics/detention-alternatives", "1"),
            ("Return policy", "/topics/return-policy", "3"),
            ("Labour migration", "/topics/labour-migration", "0"),
        ], topics);

        var others = page.Document.QuerySelectorAll("#other-followers tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector(".followers")!.TextContent);
        Assert.Equal("2", others[Area.Asylum.DisplayName()]);
        Assert.Equal("0", others[Area.Migration.DisplayName()]);
        Assert.Equal("0", others[Area.Integration.DisplayName()]);
        Assert.Equal("1", others[BriefSeries.DiscussionBrief.PluralName()]);
        Assert.Equal("0", others[BriefSeries.PolicyOptionBrief.PluralName()]);
        Assert.Equal("1", others["The current annual cycle (2026)"]);
        Assert.Equal("2", others[FollowTargets.Events.Label]);
        Assert.Equal(8, others.Count); // three areas, three series, the cycle, the events

        Assert.DoesNotContain("fan00", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Person 1", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stakeholders_cannot_see_the_follower_counts()
    {
        await Client.LoginAsRoleAsync(Roles.Practitioner);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync("/editor/followers")).Status);
        var visitor = await NewClient().GetAsync("/editor/followers");
        Assert.Equal(HttpStatusCode.Redirect, visitor.Status);
    }
}
