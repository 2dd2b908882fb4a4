using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Dashboards;

/// <summary>Issue 18: the editors' dashboard at /editor says what needs an editor now, from the data as it is.</summary>
public sealed class EditorDashboardTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_log_in_and_stakeholders_are_refused()
    {
        var anonymous = await Client.GetAsync("/editor");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        Assert.Contains("/account/login", anonymous.Location, StringComparison.Ordinal);

        await Client.LoginAsRoleAsync(Roles.Researcher);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync("/editor")).Status);
    }

    [Fact]
    public async Task An_empty_portal_says_in_words_that_nothing_waits()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync("/editor");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.Equal("Editorial dashboard", page.One("h1")!.TextContent);
        Assert.Contains("No contribution is waiting for moderation.", page.One("#moderation")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nothing is in draft.", page.One("#drafts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nothing has been published yet.", page.One("#recent-publishing")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("none is full", page.One("#closing")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.One("#next-interview .missing"));
    }

    [Fact]
    public async Task A_pending_contribution_is_counted_and_linked_to_its_desk()
    {
        var now = DateTimeOffset.UtcNow;
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("Written call on detention") { Format = ConsultationFormat.WrittenContributionCall });
        var authors = await Factory.AddStakeholdersAsync(3, prefix: "writer");
        await Factory.WithDbAsync(async db =>
        {
            var ids = await db.Users.Where(u => authors.Contains(u.Email!)).OrderBy(u => u.Email).Select(u => u.Id).ToListAsync();
            db.Contributions.Add(new Contribution { ConsultationId = consultation.Id, AuthorUserId = ids[0], Title = "Waiting one", SubmittedAt = now.AddDays(-2), UpdatedAt = now.AddDays(-2) });
            db.Contributions.Add(new Contribution { ConsultationId = consultation.Id, AuthorUserId = ids[1], Title = "Waiting two", SubmittedAt = now.AddDays(-1), UpdatedAt = now.AddDays(-1) });
            db.Contributions.Add(new Contribution { ConsultationId = consultation.Id, AuthorUserId = ids[2], Title = "Decided", Status = ContributionStatus.Accepted, SubmittedAt = now, UpdatedAt = now });
            await db.SaveChangesAsync();
        });

        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync("/editor");

        var row = Assert.Single(page.Document.QuerySelectorAll("#moderation li.waiting"));
        Assert.Equal("/editor/consultations/" + consultation.Slug, row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("2 waiting", row.QuerySelector(".count")!.TextContent);
        Assert.Contains("2 contribution(s) waiting in 1 consultation(s).", page.One("#moderation .summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_interview_for_next_month_is_a_warning_until_one_is_scheduled()
    {
        var next = InterviewMonth.FromDate(DateOnly.FromDateTime(DateTime.UtcNow)).Next;
        await Factory.NewInterview(next.Year, next.Month, "A draft for next month").Draft();

        await Client.LoginAsRoleAsync(Roles.Editor);
        var missing = await Client.GetAsync("/editor");
        var warning = missing.One("#next-interview .missing");
        Assert.NotNull(warning);
        Assert.Contains("no interview is scheduled", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("A draft for next month", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains(warning.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/editor/interviews/new?year={next.Year}&month={next.Month}");

        var scheduled = await Factory.NewInterview(next.Year, next.Month, "The interview of next month").WithSlug("next-month")
            .WithExpert("Ana Ribeiro").WithStandfirst("Why it matters.").WithBody("**Q.** Why? **A.** Because.").Scheduled(next.StartUtc.AddDays(2));
        var ready = await Client.GetAsync("/editor");
        Assert.Null(ready.One("#next-interview .missing"));
        var link = ready.One("#next-interview .ready a")!;
        Assert.Equal("The interview of next month", link.TextContent);
        Assert.Equal($"/editor/interviews/{scheduled.Id}/edit", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Consultations_closing_within_two_weeks_and_full_events_are_listed_soonest_first()
    {
        var now = DateTimeOffset.UtcNow;
        await Factory.AddConsultationAsync(new NewConsultation("Closing in three days") { DeadlineIn = TimeSpan.FromDays(3), StartsIn = TimeSpan.FromDays(20) });
        await Factory.AddConsultationAsync(new NewConsultation("Closing next month") { DeadlineIn = TimeSpan.FromDays(30), StartsIn = TimeSpan.FromDays(40) });
        await Factory.AddConsultationAsync(new NewConsultation("A draft closing soon") { Published = false, DeadlineIn = TimeSpan.FromDays(2) });
        var full = await Factory.AddEventAsync(new NewEvent("A full workshop") { Seats = 1, StartsIn = TimeSpan.FromDays(60) });
        await Factory.AddEventAsync(new NewEvent("A workshop with room") { Seats = 5, StartsIn = TimeSpan.FromDays(60) });
        var people = await Factory.AddStakeholdersAsync(2, prefix: "guest");
        await Factory.WithDbAsync(async db =>
        {
            var ids = await db.Users.Where(u => people.Contains(u.Email!)).OrderBy(u => u.Email).Select(u => u.Id).ToListAsync();
            db.SeatRegistrations.Add(new SeatRegistration { SeatPoolId = full.SeatPoolId!.Value, UserId = ids[0], Status = SeatStatus.Confirmed, Sequence = 1, RegisteredAt = now, ConfirmedAt = now });
            db.SeatRegistrations.Add(new SeatRegistration { SeatPoolId = full.SeatPoolId!.Value, UserId = ids[1], Status = SeatStatus.Waitlisted, Sequence = 2, RegisteredAt = now });
            await db.SaveChangesAsync();
        });

        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync("/editor");

        var rows = page.Document.QuerySelectorAll("#closing-table tbody tr").ToList();
        Assert.Equal(["Closing in three days", "A full workshop"], rows.Select(r => r.QuerySelector("th a")!.TextContent));
        Assert.NotNull(rows[0].QuerySelector(".closes-soon"));
        Assert.Null(rows[0].QuerySelector(".full"));
        Assert.Equal("Full", rows[1].QuerySelector(".full")!.TextContent);
        Assert.Contains("1 of 1 taken", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("1 on the waitlist", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal($"/editor/events/{full.Id}/edit", rows[1].QuerySelector("th a")!.GetAttribute("href"));
        Assert.NotNull(page.One("#closing-table caption"));
    }

    [Fact]
    public async Task Drafts_of_every_kind_are_listed_oldest_first_and_recent_publishing_says_who()
    {
        await Factory.AddBriefAsync(new NewBrief("A draft brief") { Status = BriefStatus.Draft, PublishedOn = new DateOnly(2025, 3, 1) });
        await Factory.AddBriefAsync(new NewBrief("A published brief") { PublishedOn = new DateOnly(2025, 1, 1) });
        await Factory.AddNewsAsync(new NewNews("A draft news post") { Published = false });
        var interview = await Factory.NewInterview(2025, 2, "An old interview draft").Draft();
        await Factory.WithDbAsync(async db =>
        {
            await db.NewsPosts.Where(n => !n.IsPublished).ExecuteUpdateAsync(s => s.SetProperty(n => n.CreatedAt, new DateTimeOffset(2025, 6, 1, 9, 0, 0, TimeSpan.Zero)));
            var editor = await db.Users.SingleAsync(u => u.Email == DemoEmail(Roles.Editor));
            db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow.AddHours(-1), ActorUserId = editor.Id, Action = AuditAction.Published, SubjectKind = "brief", SubjectTitle = "A published brief", SubjectPath = "/briefs/a-published-brief" });
            db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, Action = AuditAction.Published, SubjectKind = "event", SubjectTitle = "A scheduled event", SubjectPath = "/events/a-scheduled-event" });
            await db.SaveChangesAsync();
        });

        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync("/editor");

        var drafts = page.Document.QuerySelectorAll("#drafts-table tbody tr")
            .Select(r => (r.QuerySelector("th a")!.TextContent, r.QuerySelectorAll("td")[0].TextContent)).ToList();
        Assert.Equal([("An old interview draft", "Interview"), ("A draft brief", "Brief"), ("A draft news post", "News")], drafts);
        Assert.Equal($"/editor/interviews/{interview.Id}/edit", page.One("#drafts-table tbody tr th a")!.GetAttribute("href"));
        Assert.Contains("3 draft(s) in all.", page.One("#drafts .summary")!.TextContent, StringComparison.Ordinal);

        var published = page.Document.QuerySelectorAll("#recent-publishing li.publication").Select(li => li.TextContent).ToList();
        Assert.Equal(2, published.Count);
        Assert.Contains("A scheduled event", published[0], StringComparison.Ordinal);
        Assert.Contains("published by the publishing schedule", published[0], StringComparison.Ordinal);
        Assert.Contains("A published brief", published[1], StringComparison.Ordinal);
        Assert.DoesNotContain("publishing schedule", published[1], StringComparison.Ordinal);
        Assert.Contains("published by ", published[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dashboard_speaks_French_when_asked()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync("/editor?culture=fr");
        Assert.Equal("Tableau de bord de la rédaction", page.One("h1")?.TextContent);
        Assert.Equal("Editorial dashboard", (await Client.GetAsync("/editor?culture=en")).One("h1")?.TextContent);
    }

    private static string DemoEmail(string role) => ReSoma.Web.Data.Seeding.DemoAccounts.All.Single(a => a.Role == role).Email;
}
