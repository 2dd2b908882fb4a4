using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Consultations.Publishing;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Tests.Consultations;

/// <summary>A consultation's way to the public: a draft nobody but editors sees, scheduled by an editor, published by
/// the shared publishing schedule exactly once, and taken back to draft.</summary>
public sealed class ConsultationPublicationTests(PublishingPortalFactory factory) : PortalTest<PublishingPortalFactory>(factory)
{
    private const string Zone = "Europe/Brussels";

    [Fact]
    public async Task A_draft_is_not_found_by_strangers_nor_stakeholders_and_editors_see_it_as_a_preview()
    {
        var now = Factory.NextDay();
        var c = await Factory.AddConsultationAsync(new NewConsultation("Quokka draft meeting") { Published = false }, now);

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(c.PublicPath)).Status);
        await AssertNowhereInPublicAsync(c);

        var researcher = NewClient();
        await researcher.LoginAsRoleAsync(Roles.Researcher);
        Assert.Equal(HttpStatusCode.NotFound, (await researcher.GetAsync(c.PublicPath)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await researcher.GetAsync(c.PublicPath + "/contribution")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await researcher.PostWithTokenAsync(c.PublicPath + "/register")).Status);
        Assert.Empty(Factory.WithDb(db => db.SeatRegistrations.Where(r => r.SeatPoolId == c.SeatPoolId).ToList()));

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        var preview = await editor.GetAsync(c.PublicPath);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("A draft", preview.One("#preview-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("noindex", preview.One("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync(c.PublicPath + "/contribution")).Status);
    }

    [Fact]
    public async Task An_editor_schedules_a_draft_and_the_schedule_publishes_it_exactly_once_at_its_time()
    {
        var now = Factory.NextDay();
        var c = await Factory.AddConsultationAsync(new NewConsultation("Quokka scheduled meeting") { Published = false, StartsIn = TimeSpan.FromDays(20) }, now);
        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        var at = now.AddDays(1);

        var scheduled = await editor.SubmitAsync(EditUrl(c), new Dictionary<string, string> { ["PublishOn"] = Local(at) }, $"/editor/consultations/{c.Id}/schedule");
        Assert.Equal($"/editor/consultations/{c.Id}/edit?done=scheduled", scheduled.Location);
        var edit = await editor.GetAsync(EditUrl(c));
        Assert.Equal("Scheduled", edit.One("#publication-state")!.TextContent);
        Assert.Contains(ZonedTime.Format(at, Zone), edit.One("#publication-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(Local(at), edit.One("#PublishOn")!.GetAttribute("value"));
        var row = (await editor.GetAsync("/editor/consultations")).One($"tr[data-slug={c.Slug}]")!;
        Assert.Equal("scheduled", row.QuerySelector(".publication")!.TextContent);
        Assert.Equal("for " + ZonedTime.Format(at, Zone), row.QuerySelector(".publish-at")!.TextContent);
        Assert.Contains(ZonedTime.Format(at, Zone), (await editor.GetAsync(c.PublicPath)).One("#preview-banner")!.TextContent, StringComparison.Ordinal);

        // A minute before its time: nothing to publish, still hidden.
        var publisher = Factory.Services.GetRequiredService<ConsultationPublisher>();
        var another = ActivatorUtilities.CreateInstance<ConsultationPublisher>(Factory.Services); // as on a second instance
        Factory.Clock.SetUtcNow(at.AddMinutes(-1));
        Assert.Empty(await publisher.PublishDueAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(c.PublicPath)).Status);
        var versionBefore = Stored(c).Version;

        // A minute after: two publishers at once (and the hosted loop, woken by the clock); the claim lets one through.
        Factory.Clock.SetUtcNow(at.AddMinutes(1));
        var runs = await Task.WhenAll(publisher.PublishDueAsync(), another.PublishDueAsync());
        Assert.InRange(runs.Sum(r => r.Count), 0, 1);
        Assert.Empty(await publisher.PublishDueAsync());
        Assert.Empty(await another.PublishDueAsync());

        var published = Stored(c);
        Assert.True(published.IsPublished);
        Assert.Null(published.PublishAt);
        Assert.Equal(versionBefore + 1, published.Version);
        Assert.True(Factory.WithDb(db => db.SearchDocuments.Single(d => d.ConsultationId == c.Id).IsPublic));
        Assert.Equal(1, Factory.WithDb(db => db.AuditEntries.Count(a => a.SubjectPath == c.PublicPath && a.Action == AuditAction.Published && a.ActorUserId == null)));

        var page = await Client.GetAsync(c.PublicPath);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.One("#preview-banner"));
        Assert.Contains(c.Title, (await Client.GetAsync("/consultations")).Text, StringComparison.Ordinal);
        Assert.Contains(c.Title, SearchTitles(await Client.GetAsync("/search?q=quokka")));
        Assert.Contains(ConsultationEntries.UidOf(c.Slug), await Client.Http.GetStringAsync("/consultations/calendar.ics"), StringComparison.Ordinal);
        Assert.Contains(c.PublicPath, await Client.Http.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_that_has_passed_or_no_time_is_refused_with_the_form_and_the_draft_stays_a_draft()
    {
        var now = Factory.NextDay();
        var c = await Factory.AddConsultationAsync(new NewConsultation("Quokka meeting scheduled late") { Published = false }, now);
        await Client.LoginAsRoleAsync(Roles.Editor);

        var late = await Client.SubmitAsync(EditUrl(c), new Dictionary<string, string> { ["PublishOn"] = Local(now.AddHours(-1)) }, $"/editor/consultations/{c.Id}/schedule");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, late.Status);
        Assert.Contains("That time has already passed: choose a time in the future, or publish now.", late.Errors);
        Assert.Equal(Local(now.AddHours(-1)), late.One("#PublishOn")!.GetAttribute("value"));
        Assert.Equal("Draft", late.One("#publication-state")!.TextContent);

        var none = await Client.SubmitAsync(EditUrl(c), new Dictionary<string, string> { ["PublishOn"] = "" }, $"/editor/consultations/{c.Id}/schedule");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, none.Status);
        Assert.Contains("Give the date and time it goes public.", none.Errors);

        var nonsense = await Client.SubmitAsync(EditUrl(c), new Dictionary<string, string> { ["PublishOn"] = "next tuesday" }, $"/editor/consultations/{c.Id}/schedule");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, nonsense.Status);

        Assert.False(Stored(c).IsPublished);
        Assert.Null(Stored(c).PublishAt);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostWithTokenAsync("/editor/consultations/999999/schedule", new Dictionary<string, string> { ["PublishOn"] = Local(now.AddDays(1)) })).Status);
    }

    [Fact]
    public async Task Unpublishing_returns_to_draft_and_an_unscheduled_consultation_is_not_published_at_its_old_time()
    {
        var now = Factory.NextDay();
        var c = await Factory.AddConsultationAsync(new NewConsultation("Quokka meeting taken back"), now);
        await Client.LoginAsRoleAsync(Roles.Editor);
        var visitor = NewClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(c.PublicPath)).Status);

        var again = await Client.PostWithTokenAsync($"/editor/consultations/{c.Id}/publish");
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("The consultation is already published.", again.Errors);

        var unpublished = await Client.SubmitAsync(EditUrl(c), new Dictionary<string, string>(), $"/editor/consultations/{c.Id}/unpublish");
        Assert.Equal($"/editor/consultations/{c.Id}/edit?done=unpublished", unpublished.Location);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(c.PublicPath)).Status);
        Assert.False(Factory.WithDb(db => db.SearchDocuments.Single(d => d.ConsultationId == c.Id).IsPublic));
        Assert.Equal("Draft", (await Client.GetAsync(EditUrl(c))).One("#publication-state")!.TextContent);
        Assert.Equal("draft", (await Client.GetAsync("/editor/consultations")).One($"tr[data-slug={c.Slug}] .publication")!.TextContent);

        var at = now.AddHours(2);
        await Client.SubmitAsync(EditUrl(c), new Dictionary<string, string> { ["PublishOn"] = Local(at) }, $"/editor/consultations/{c.Id}/schedule");
        var unscheduled = await Client.SubmitAsync(EditUrl(c), new Dictionary<string, string>(), $"/editor/consultations/{c.Id}/unpublish");
        Assert.Equal(HttpStatusCode.Redirect, unscheduled.Status);
        Assert.Null(Stored(c).PublishAt);

        Factory.Clock.SetUtcNow(at.AddMinutes(1));
        Assert.Empty(await Factory.Services.GetRequiredService<ConsultationPublisher>().PublishDueAsync());
        Assert.False(Stored(c).IsPublished);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(c.PublicPath)).Status);

        var published = await Client.SubmitAsync(EditUrl(c), new Dictionary<string, string>(), $"/editor/consultations/{c.Id}/publish");
        Assert.Equal($"/editor/consultations/{c.Id}/edit?done=published", published.Location);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(c.PublicPath)).Status);
    }

    private async Task AssertNowhereInPublicAsync(Consultation c)
    {
        var topic = Factory.WithDb(db => db.Topics.Single(t => t.Id == c.TopicId).Slug);
        foreach (var path in new[] { "/", "/consultations", "/consultations?show=past", $"/topics/{topic}", "/calendar.ics", "/consultations/calendar.ics", $"/topics/{topic}/calendar.ics", "/sitemap.xml" })
        {
            var body = await Client.Http.GetStringAsync(path);
            Assert.False(body.Contains(c.Title, StringComparison.Ordinal) || body.Contains(c.Slug, StringComparison.Ordinal), $"{path} shows the draft");
        }

        Assert.Empty(SearchTitles(await Client.GetAsync("/search?q=quokka")));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(c.PublicPath + "/ics")).Status);
        Assert.False(Factory.WithDb(db => db.SearchDocuments.Single(d => d.ConsultationId == c.Id).IsPublic));
    }

    private static List<string> SearchTitles(Page page) => page.Document.QuerySelectorAll(".search-result h2 a").Select(a => a.TextContent.Trim()).ToList();

    private static string EditUrl(Consultation c) => $"/editor/consultations/{c.Id}/edit";

    private static string Local(DateTimeOffset at) => ZonedTime.ToLocal(at, Zone).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private Consultation Stored(Consultation c) => Factory.WithDb(db => db.Consultations.AsNoTracking().Single(x => x.Id == c.Id));
}
