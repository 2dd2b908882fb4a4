using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Events.Publishing;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Tests.Events;

/// <summary>An event scheduled by an editor goes public at its time through the shared publishing schedule, once, with
/// what "publish now" brings: its search entry, and its title in the search keywords of news items about it.</summary>
public sealed class EventPublicationTests(PublishingPortalFactory factory) : PortalTest<PublishingPortalFactory>(factory)
{
    private const string Zone = "Europe/Lisbon";

    [Fact]
    public async Task A_scheduled_event_is_published_exactly_once_at_its_time_with_its_search_entry_and_the_news_about_it()
    {
        var now = Factory.NextDay();
        var e = await Factory.AddEventAsync(new NewEvent("Wombat conference") { Published = false, TimeZoneId = Zone, StartsIn = TimeSpan.FromDays(30) }, now);
        await Factory.AddNewsAsync(new NewNews("Conference announced") { EventSlugs = [e.Slug] });
        string NewsKeywords() => Factory.WithDb(db => db.SearchDocuments.Single(d => d.Kind == NewsPost.SearchKind).Keywords);
        Assert.DoesNotContain("Wombat", NewsKeywords(), StringComparison.Ordinal);

        await Client.LoginAsRoleAsync(Roles.Editor);
        var at = now.AddDays(2);
        var scheduled = await Client.SubmitAsync(e.EditUrl(), new Dictionary<string, string> { ["PublishOn"] = Local(at) }, $"/editor/events/{e.Id}/schedule");
        Assert.Equal($"/editor/events/{e.Id}/edit?done=scheduled", scheduled.Location);
        Assert.Equal(at, Stored(e).PublishAt);
        var edit = await Client.GetAsync(e.EditUrl());
        Assert.Equal("Scheduled", edit.One("#publication-state")!.TextContent);
        Assert.Contains(ZonedTime.Format(at, Zone), edit.One("#publication-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("for " + ZonedTime.Format(at, Zone), (await Client.GetAsync("/editor/events")).One($"tr[data-slug={e.Slug}] .publish-at")!.TextContent);

        var visitor = NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(e.PublicPath)).Status);

        var publisher = Factory.Services.GetRequiredService<EventPublisher>();
        var another = ActivatorUtilities.CreateInstance<EventPublisher>(Factory.Services); // as on a second instance
        Factory.Clock.SetUtcNow(at.AddMinutes(-1));
        Assert.Empty(await publisher.PublishDueAsync());

        // Two publishers at once (and the hosted loop, woken by the clock): the claim lets one through.
        Factory.Clock.SetUtcNow(at.AddMinutes(1));
        var runs = await Task.WhenAll(publisher.PublishDueAsync(), another.PublishDueAsync());
        Assert.InRange(runs.Sum(r => r.Count), 0, 1);
        Assert.Empty(await publisher.PublishDueAsync());

        var published = Stored(e);
        Assert.True(published.IsPublished);
        Assert.Null(published.PublishAt);
        Assert.Equal(1, Factory.WithDb(db => db.AuditEntries.Count(a => a.SubjectPath == e.PublicPath && a.Action == AuditAction.Published)));
        Assert.True(Factory.WithDb(db => db.SearchDocuments.Single(d => d.EventId == e.Id).IsPublic));
        Assert.Contains("Wombat", NewsKeywords(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(e.PublicPath)).Status);
        Assert.Contains(e.Title, (await visitor.GetAsync("/events")).Text, StringComparison.Ordinal);
        Assert.Contains(EventEntries.UidOf(e.Slug), await visitor.Http.GetStringAsync("/calendar.ics"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_that_has_passed_is_refused_and_unscheduling_returns_the_event_to_draft()
    {
        var now = Factory.NextDay();
        var e = await Factory.AddEventAsync(new NewEvent("Wombat webinar") { Published = false, TimeZoneId = Zone }, now);
        await Client.LoginAsRoleAsync(Roles.Editor);

        var late = await Client.SubmitAsync(e.EditUrl(), new Dictionary<string, string> { ["PublishOn"] = Local(now.AddMinutes(-5)) }, $"/editor/events/{e.Id}/schedule");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.Status);
        Assert.Contains("That time has already passed: choose a time in the future, or publish now.", late.Errors);
        Assert.Null(Stored(e).PublishAt);

        var at = now.AddHours(3);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(e.EditUrl(), new Dictionary<string, string> { ["PublishOn"] = Local(at) }, $"/editor/events/{e.Id}/schedule")).Status);
        var unscheduled = await Client.SubmitAsync(e.EditUrl(), new Dictionary<string, string>(), $"/editor/events/{e.Id}/unpublish");
        Assert.Equal($"/editor/events/{e.Id}/edit?done=unpublished", unscheduled.Location);
        Assert.Equal("Draft", (await Client.GetAsync(e.EditUrl())).One("#publication-state")!.TextContent);

        Factory.Clock.SetUtcNow(at.AddMinutes(1));
        Assert.Empty(await Factory.Services.GetRequiredService<EventPublisher>().PublishDueAsync());
        Assert.False(Stored(e).IsPublished);
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync(e.PublicPath)).Status);

        var again = await Client.PostWithTokenAsync($"/editor/events/{e.Id}/unpublish");
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("The event is a draft already.", again.Errors);
    }

    private static string Local(DateTimeOffset at) => ZonedTime.ToLocal(at, Zone).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private Event Stored(Event e) => Factory.WithDb(db => db.Events.AsNoTracking().Single(x => x.Id == e.Id));
}
