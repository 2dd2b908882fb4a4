using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Interviews.Publishing;
using ReSoma.Web.Infrastructure.Notifications;
using Xunit.Abstractions;

namespace ReSoma.Tests.ScaleOut;

/// <summary>
/// What running several instances must not break, shown on two real ones (<see cref="TwoInstances"/>): sessions and
/// forms work across them, a change on one reaches the other's cached pages at once, and background work happens
/// once. Without Redis and the keys in the database, the first three fail.
/// </summary>
public sealed class TwoInstancesTests(TwoInstances portals, ITestOutputHelper output) : IClassFixture<TwoInstances>
{
    [Fact]
    public async Task A_person_who_signs_in_on_one_instance_is_signed_in_on_the_other()
    {
        var (onA, onB) = portals.Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await onB.GetAsync("/account")).Status);

        await onA.LoginAsRoleAsync(Roles.Researcher);

        var account = await onB.GetAsync("/account");
        Assert.Equal(HttpStatusCode.OK, account.Status);
        Assert.Equal("Demo Researcher", account.One("#DisplayName")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_form_rendered_by_one_instance_is_accepted_by_the_other()
    {
        var (onA, onB) = portals.Browser();
        var form = await onA.GetAsync("/account/login");
        var fields = PortalClient.FieldsOf(form.Document.Forms.Single(f => f.GetAttribute("action") == "/account/login"));
        fields.RemoveAll(f => f.Key is "Email" or "Password");
        fields.Add(new("Email", "editor@resoma.local"));
        fields.Add(new("Password", PortalFactory.Password));

        var signedIn = await onB.PostAsync("/account/login", fields);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/editor/briefs")).Status);
    }

    [Fact]
    public async Task Sign_in_attempts_on_one_account_count_across_both_instances()
    {
        var (onA, onB) = portals.Browser();
        var wrong = new Dictionary<string, string> { ["Email"] = "nobody.here@example.org", ["Password"] = "not-the-password" };
        for (var attempt = 0; attempt < TwoInstances.SignInsPerAccount; attempt++)
        {
            var tried = await (attempt % 2 == 0 ? onA : onB).SubmitAsync("/account/login", wrong, "/account/login");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, tried.Status); // the form again, with its error
        }

        // Half of the attempts went to each instance: only a shared count refuses the next one.
        var refusedOnA = await onA.SubmitAsync("/account/login", wrong, "/account/login");
        var refusedOnB = await onB.SubmitAsync("/account/login", wrong, "/account/login");
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedOnA.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedOnB.Status);
    }

    [Fact]
    public async Task A_brief_published_on_one_instance_is_on_the_others_cached_list_within_a_second()
    {
        var brief = await portals.Database.AddBriefAsync(new NewBrief("Return sponsorship across member states") { Status = BriefStatus.Draft });
        var visitor = portals.Browser().OnB;
        Assert.DoesNotContain(brief.Title, (await visitor.GetAsync("/briefs")).Text, StringComparison.Ordinal);

        // Adding the draft broadcast an eviction too; under load it can reach B after the first request filled the
        // cache. Asked again (bounded) until the list comes from the cache, as it must before the change.
        var cached = await visitor.GetAsync("/briefs");
        for (var warm = Stopwatch.StartNew(); cached.Response.Headers.Age is null && warm.Elapsed < TimeSpan.FromSeconds(2);)
        {
            cached = await visitor.GetAsync("/briefs");
        }

        Assert.True(cached.Response.Headers.Age is not null, "B's list should come from the output cache before the change");

        var (editor, _) = portals.Browser();
        await editor.LoginAsRoleAsync(Roles.Editor);
        var published = await editor.SubmitAsync($"/editor/briefs/{brief.Id}/edit", new Dictionary<string, string>(), $"/editor/briefs/{brief.Id}/publish");
        Assert.Equal(HttpStatusCode.Redirect, published.Status);

        var clock = Stopwatch.StartNew();
        var seen = false;
        while (!seen && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            seen = (await visitor.GetAsync("/briefs")).Text.Contains(brief.Title, StringComparison.Ordinal);
        }

        output.WriteLine($"Published on A, listed on B after {clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.True(seen, "B never listed the brief published on A");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"B listed it only after {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public async Task A_due_interview_is_published_once_with_both_instances_running()
    {
        var now = DateTimeOffset.UtcNow;
        var interview = await portals.Database.NewInterview(now.Year, now.Month, "Reception conditions after the pact").Scheduled(now.AddSeconds(2));

        await WaitUntilAsync(() => portals.Database.WithDb(db => db.Interviews.Any(i => i.Id == interview.Id && i.Status == InterviewStatus.Published)), "the interview to be published");
        await Task.Delay(TimeSpan.FromSeconds(3)); // several more rounds of both publishers

        portals.Database.WithDb(db =>
        {
            Assert.Equal(1, db.InterviewRevisions.Count(r => r.InterviewId == interview.Id && r.EditorName == InterviewPublisher.RevisionAuthor));
            Assert.Equal(1, db.AuditEntries.Count(a => a.SubjectPath == interview.PublicPath && a.Action == AuditAction.Published));
            return 0;
        });
        var onB = portals.Browser().OnB;
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync(interview.PublicPath)).Status);
    }

    [Fact]
    public async Task A_reminder_is_sent_once_with_both_instances_running()
    {
        var consultation = await portals.Database.AddConsultationAsync(new NewConsultation("Feedback meeting on solidarity pools") { StartsIn = TimeSpan.FromHours(12), DeadlineIn = TimeSpan.FromHours(6) });
        var person = (await portals.Database.AddStakeholdersAsync(1, prefix: "reminded")).Single();
        await portals.Database.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == person).Select(u => u.Id).SingleAsync();
            db.SeatRegistrations.Add(new SeatRegistration { SeatPoolId = consultation.SeatPoolId!.Value, UserId = userId, Status = SeatStatus.Confirmed, Sequence = 1, RegisteredAt = DateTimeOffset.UtcNow, ConfirmedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        });

        var mailbox = new Mailbox(portals.MailFolder);
        await WaitUntilAsync(() => mailbox.To(person).Count > 0, "the reminder to be sent");
        await Task.Delay(TimeSpan.FromSeconds(3)); // several more rounds of both instances' reminders and mail workers

        var reminder = Assert.Single(mailbox.To(person));
        Assert.Contains(consultation.Title, reminder.Subject, StringComparison.Ordinal);
        Assert.Equal(1, portals.Database.WithDb(db => db.QueuedMails.Count(m => m.ToAddress == person)));
    }

    [Fact]
    public async Task Each_due_digest_is_sent_once_with_both_instances_sending()
    {
        // Ten people mailed at once and ten daily at this hour (UTC), each with news from ten days ago: all due now.
        var people = await portals.Database.AddStakeholdersAsync(20, prefix: "digest");
        var now = DateTimeOffset.UtcNow;
        await portals.Database.WithDbAsync(async db =>
        {
            var news = new NewsItem { Kind = NewsKind.CyclePhaseChanged, SourceKey = "cycle:test:" + Guid.NewGuid(), Title = "The cycle moves to consultations", Path = "/cycles", CreatedAt = now.AddDays(-10) };
            var users = await db.Users.Where(u => people.Contains(u.Email!)).Select(u => u.Id).ToListAsync();
            foreach (var (userId, i) in users.Select((u, i) => (u, i)))
            {
                var settings = NotificationDefaults.For(userId);
                (settings.Frequency, settings.TimeZoneId, settings.Hour) = (i % 2 == 0 ? DigestFrequency.Immediately : DigestFrequency.Daily, "Etc/UTC", now.Hour);
                db.NotificationSettings.Add(settings);
                db.Notifications.Add(new Notification { UserId = userId, NewsItem = news, Reason = "you follow the current cycle", CreatedAt = now.AddDays(-10) });
            }

            return await db.SaveChangesAsync();
        });

        var mailbox = new Mailbox(portals.MailFolder);
        await WaitUntilAsync(() => people.All(p => mailbox.To(p).Count > 0), "every digest to be sent");
        await Task.Delay(TimeSpan.FromSeconds(3)); // several more rounds of both instances' digest and mail workers

        Assert.All(people, p => Assert.Single(mailbox.To(p)));
        portals.Database.WithDb(db =>
        {
            Assert.Equal(20, db.QueuedMails.Count(m => people.Contains(m.ToAddress)));
            Assert.Equal(20, db.DigestClaims.Count(c => db.Users.Any(u => u.Id == c.UserId && people.Contains(u.Email!))));
            return 0;
        });
    }

    private async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited 20 s for {what}.\nA:\n{portals.A.Output}\nB:\n{portals.B.Output}");
            await Task.Delay(100);
        }
    }
}
