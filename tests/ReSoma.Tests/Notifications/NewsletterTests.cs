using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Tests.Notifications;

/// <summary>The editors' newsletter: written and checked by editors only, sent once to the people who asked for it, each
/// with their own one-click unsubscribe, never twice, and stopped for whoever follows that link.</summary>
public sealed class NewsletterTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Editor = "editor@resoma.local";

    private static Dictionary<string, string> Form(string subject, string body) => new() { ["Subject"] = subject, ["Body"] = body };

    private async Task<List<string>> PeopleAsync(int count, string prefix, bool newsletter)
    {
        var emails = await Factory.AddStakeholdersAsync(count, prefix: prefix);
        await Factory.WithDbAsync(async db =>
        {
            foreach (var id in await db.Users.Where(u => emails.Contains(u.Email!)).Select(u => u.Id).ToListAsync())
            {
                var settings = NotificationDefaults.For(id);
                settings.Newsletter = newsletter;
                db.NotificationSettings.Add(settings);
            }

            await db.SaveChangesAsync();
        });
        return emails;
    }

    private async Task<int> DraftAsync(string subject, string body)
    {
        var saved = await Client.SubmitAsync("/editor/newsletter/new", Form(subject, body));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        return int.Parse(saved.Location!.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
    }

    // Posted with the token of the issue's page, as a second click or a stale tab would, also once the send form is gone.
    private async Task<Page> SendAsync(int id, bool confirm = true) =>
        await Client.PostAsync($"/editor/newsletter/{id}/send",
            [new("__RequestVerificationToken", await Client.TokenAsync($"/editor/newsletter/{id}/edit")), new("Confirm", confirm ? "true" : "false")]);

    [Fact]
    public async Task Stakeholders_and_visitors_cannot_reach_any_newsletter_page()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var id = await DraftAsync("Spring issue", "Hello.");
        var urls = new[] { "/editor/newsletter", "/editor/newsletter/new", $"/editor/newsletter/{id}/edit", $"/editor/newsletter/{id}/preview" };
        var posts = new[] { "/editor/newsletter/new", $"/editor/newsletter/{id}/edit", $"/editor/newsletter/{id}/test", $"/editor/newsletter/{id}/send" };

        var stakeholder = NewClient();
        await stakeholder.LoginAsRoleAsync(Roles.Researcher);
        var token = await stakeholder.TokenAsync("/account");
        var visitor = NewClient();
        foreach (var url in urls)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await stakeholder.GetAsync(url)).Status);
            var anonymous = await visitor.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
            Assert.Contains("/account/login", anonymous.Location, StringComparison.Ordinal);
        }

        foreach (var url in posts)
        {
            var post = await stakeholder.PostAsync(url, [new("__RequestVerificationToken", token), new("Confirm", "true"), new("Subject", "Hijacked"), new("Body", "x")]);
            Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        }

        Assert.Empty(Mailbox.Messages);
        Assert.Null(Factory.WithDb(db => db.NewsletterIssues.Single().SentAt));
    }

    [Fact]
    public async Task An_issue_needs_a_subject_of_at_most_200_characters_and_a_text_and_a_stale_save_is_a_clear_conflict()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var empty = await Client.SubmitAsync("/editor/newsletter/new", Form("", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        Assert.Contains("Give the issue a subject.", empty.Errors);
        Assert.Contains("Write the newsletter's text.", empty.Errors);
        var tooLong = await Client.SubmitAsync("/editor/newsletter/new", Form(new string('x', 201), "Text"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.Status);
        Assert.Contains("The subject can be at most 200 characters.", tooLong.Errors);

        var id = await DraftAsync("Spring issue", "First text.");
        var mine = await Client.GetAsync($"/editor/newsletter/{id}/edit");
        var bad = await Client.SubmitAsync(mine, Form("Spring issue", ""), $"/editor/newsletter/{id}/edit");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.Status);

        var other = NewClient();
        await other.LoginAsRoleAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await other.SubmitAsync($"/editor/newsletter/{id}/edit", Form("Spring issue", "Their text."), $"/editor/newsletter/{id}/edit")).Status);
        var stale = await Client.SubmitAsync(mine, Form("Spring issue", "My text."), $"/editor/newsletter/{id}/edit");
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains(stale.Errors, e => e.StartsWith("Another editor saved this issue while you were editing.", StringComparison.Ordinal));
        Assert.Contains("Their text.", stale.One("#their-version")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Their text.", Factory.WithDb(db => db.NewsletterIssues.Single().Body));

        // Saving again from the conflict page keeps the editor's own text.
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(stale, new Dictionary<string, string>(), $"/editor/newsletter/{id}/edit")).Status);
        Assert.Equal("My text.", Factory.WithDb(db => db.NewsletterIssues.Single().Body));
    }

    [Fact]
    public async Task Sending_reaches_each_subscriber_once_with_the_one_click_unsubscribe_and_nobody_else()
    {
        var subscribers = await PeopleAsync(3, "reader", newsletter: true);
        var declined = await PeopleAsync(2, "declined", newsletter: false);
        var unconfirmed = (await PeopleAsync(1, "unconfirmed", newsletter: true)).Single();
        await Factory.WithDbAsync(db => db.Users.Where(u => u.Email == unconfirmed).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false)));
        await Client.LoginAsRoleAsync(Roles.Editor);
        var id = await DraftAsync("ReSOMA newsletter, spring", "## What is new\n\nRead [the brief](https://resoma.example.org/briefs/x).");

        var unconfirmedSend = await SendAsync(id, confirm: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmedSend.Status);
        Assert.Contains("Tick the box to confirm that this issue goes to every subscriber now.", unconfirmedSend.Errors);
        Assert.Empty(Mailbox.Messages);

        var sent = await Client.SubmitAsync($"/editor/newsletter/{id}/edit", new Dictionary<string, string> { ["Confirm"] = "true" }, $"/editor/newsletter/{id}/send");
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Contains("The issue is on its way to 3 people.", (await Client.GetAsync(sent.Location!)).One(".alert-success")!.TextContent, StringComparison.Ordinal);
        foreach (var email in subscribers)
        {
            var mail = Assert.Single(Mailbox.To(email));
            Assert.Equal("ReSOMA newsletter, spring", mail.Subject);
            Assert.StartsWith("<http://localhost/account/notifications/unsubscribe/", mail.Headers["List-Unsubscribe"], StringComparison.Ordinal);
            Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
            Assert.StartsWith("<!DOCTYPE html><html lang=\"en\">", mail.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("<title>ReSOMA newsletter, spring</title>", mail.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("<h2>What is new</h2>", mail.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("<a href=\"https://resoma.example.org/briefs/x\">the brief</a>", mail.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("you asked for the ReSOMA newsletter", mail.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("http://localhost/account/notifications?token=", mail.HtmlBody, StringComparison.Ordinal);
            Assert.Contains("## What is new", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("you asked for the ReSOMA newsletter", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains("Stop the newsletter: http://localhost/account/notifications/unsubscribe/", mail.TextBody, StringComparison.Ordinal);
        }

        foreach (var email in declined.Append(unconfirmed).Append(Editor))
        {
            Assert.Empty(Mailbox.To(email));
        }

        // Once sent: no second send, no more changes, the same three deliveries.
        var again = await SendAsync(id);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.Status);
        Assert.Contains(again.Errors, e => e.Contains("An issue is sent only once.", StringComparison.Ordinal) && e.Contains("to 3 people", StringComparison.Ordinal));
        var posted = await Client.PostAsync($"/editor/newsletter/{id}/edit",
            [new("__RequestVerificationToken", await Client.TokenAsync("/editor/newsletter")), new("Subject", "Changed"), new("Body", "Changed"), new("Version", "0")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.Status);
        Assert.Contains("This issue has been sent: it can no longer be changed. Start a new issue instead.", posted.Errors);
        Assert.Null(posted.One("#newsletter-form"));
        Assert.Equal(3, Mailbox.Messages.Count);
        Assert.Equal((3, 3, "ReSOMA newsletter, spring"), Factory.WithDb(db => (db.NewsletterDeliveries.Count(), db.NewsletterIssues.Single().Recipients, db.NewsletterIssues.Single().Subject)));
        Assert.Equal(AuditAction.NewsletterSent, Factory.WithDb(db => db.AuditEntries.Single(a => a.SubjectKind == "newsletter").Action));

        var list = await Client.GetAsync("/editor/newsletter");
        Assert.Equal("3", list.One("#issues .recipients")!.TextContent.Trim());
        Assert.Contains("Sent", list.One("#issues")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_test_copy_reaches_only_the_editor_and_the_preview_shows_both_parts()
    {
        var subscriber = (await PeopleAsync(1, "reader", newsletter: true)).Single();
        await Client.LoginAsRoleAsync(Roles.Editor);
        var id = await DraftAsync("Autumn issue", "Some **bold** news.");

        var preview = await Client.GetAsync($"/editor/newsletter/{id}/preview");
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Equal("Autumn issue", preview.One("#preview-subject")!.TextContent);
        Assert.Equal("bold", preview.One("#preview-html strong")!.TextContent);
        Assert.Contains("Some **bold** news.", preview.One("#preview-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("you asked for the ReSOMA newsletter", preview.One("#preview-text")!.TextContent, StringComparison.Ordinal);

        var tested = await Client.SubmitAsync($"/editor/newsletter/{id}/edit", new Dictionary<string, string>(), $"/editor/newsletter/{id}/test");
        Assert.Equal(HttpStatusCode.Redirect, tested.Status);
        var mail = Assert.Single(Mailbox.To(Editor));
        Assert.Equal("[Test] Autumn issue", mail.Subject);
        Assert.Contains("<strong>bold</strong>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(Mailbox.To(subscriber));
        Assert.Single(Mailbox.Messages);
        Assert.Null(Factory.WithDb(db => db.NewsletterIssues.Single().SentAt));
    }

    [Fact]
    public async Task Raw_html_and_script_links_in_the_markdown_do_not_reach_the_mail()
    {
        var subscriber = (await PeopleAsync(1, "reader", newsletter: true)).Single();
        await Client.LoginAsRoleAsync(Roles.Editor);
        var id = await DraftAsync("Careful issue", "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[click](javascript:alert(3)) and [ok](https://example.org)");
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(id)).Status);

        var html = Assert.Single(Mailbox.To(subscriber)).HtmlBody;
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("click and <a href=\"https://example.org\">ok</a>", html, StringComparison.Ordinal);

        var preview = await Client.GetAsync($"/editor/newsletter/{id}/preview");
        Assert.Null(preview.One("#preview-html script"));
        Assert.Null(preview.One("#preview-html img"));
        Assert.DoesNotContain(preview.Document.QuerySelectorAll("#preview-html a"), a => a.GetAttribute("href")!.StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Following_the_unsubscribe_link_stops_the_next_issue_only_for_that_person()
    {
        var readers = await PeopleAsync(2, "reader", newsletter: true);
        var (leaving, staying) = (readers[0], readers[1]);
        await Client.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(await DraftAsync("First issue", "One."))).Status);

        // As a mail provider's one-click button does it (RFC 8058): a bare POST to the address in the header.
        var header = Assert.Single(Mailbox.To(leaving)).Headers["List-Unsubscribe"]!;
        var oneClick = await NewClient().PostAsync(new Uri(header.Trim('<', '>')).PathAndQuery, [new("List-Unsubscribe", "One-Click")]);
        Assert.Equal(HttpStatusCode.OK, oneClick.Status);
        Assert.Contains("newsletter", oneClick.One("h1")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(await DraftAsync("Second issue", "Two."))).Status);
        Assert.Equal(["First issue"], Mailbox.To(leaving).Select(m => m.Subject));
        Assert.Equal(["First issue", "Second issue"], Mailbox.To(staying).Select(m => m.Subject).Order());

        // The notification mails are a separate consent: untouched.
        Assert.Equal(DigestFrequency.Weekly, Factory.WithDb(db => db.NotificationSettings.Single(s => s.UserId == db.Users.Single(u => u.Email == leaving).Id).Frequency));
    }

    [Fact]
    public async Task Sending_again_after_an_interrupted_send_reaches_only_those_not_yet_reached()
    {
        var readers = await PeopleAsync(4, "reader", newsletter: true);
        await Client.LoginAsRoleAsync(Roles.Editor);
        var id = await DraftAsync("Interrupted issue", "Text.");

        // As a crash would leave it: sending began for four people, two of them were claimed and queued.
        await Factory.WithDbAsync(async db =>
        {
            var issue = await db.NewsletterIssues.SingleAsync();
            issue.SentAt = DateTimeOffset.UtcNow;
            issue.Recipients = 4;
            foreach (var userId in await db.Users.Where(u => u.Email == readers[0] || u.Email == readers[1]).Select(u => u.Id).ToListAsync())
            {
                db.NewsletterDeliveries.Add(new NewsletterDelivery { IssueId = issue.Id, UserId = userId, QueuedAt = DateTimeOffset.UtcNow });
            }

            await db.SaveChangesAsync();
        });

        var finished = await SendAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, finished.Status);
        Assert.Contains("The interrupted sending is finished: 4 people have the issue.", (await Client.GetAsync(finished.Location!)).One(".alert-success")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(Mailbox.To(readers[0]));
        Assert.Empty(Mailbox.To(readers[1]));
        Assert.Single(Mailbox.To(readers[2]));
        Assert.Single(Mailbox.To(readers[3]));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SendAsync(id)).Status);
        Assert.Equal(2, Mailbox.Messages.Count);
    }
}
