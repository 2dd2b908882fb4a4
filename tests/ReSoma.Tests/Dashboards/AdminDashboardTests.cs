using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Publishing;

namespace ReSoma.Tests.Dashboards;

/// <summary>Issue 18: the admins' dashboard at /admin: the cycle and its next step, accounts that need attention, role
/// changes, and the health of the mail queue and the publishing schedule.</summary>
public sealed class AdminDashboardTests(AdminDashboardTests.HourlyScheduleFactory factory) : PortalTest<AdminDashboardTests.HourlyScheduleFactory>(factory)
{
    /// <summary>The publishing schedule passes once at start, then hourly: a pass a test records stays as written.</summary>
    public sealed class HourlyScheduleFactory : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { [ScheduledPublisher.IntervalSetting] = "3600" };
    }

    [Fact]
    public async Task Only_admins_see_it()
    {
        var anonymous = await Client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        Assert.Contains("/account/login", anonymous.Location, StringComparison.Ordinal);

        await Client.LoginAsRoleAsync(Roles.Practitioner);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync("/admin")).Status);

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task The_account_menu_links_to_the_dashboards_of_the_roles_one_has()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var admin = await Client.GetAsync("/account");
        Assert.Equal("/admin", admin.One("#admin-dashboard-link")!.GetAttribute("href"));

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        var page = await editor.GetAsync("/account");
        Assert.Equal("/editor", page.One("#editor-dashboard-link")!.GetAttribute("href"));
        Assert.Null(page.One("#admin-dashboard-link"));
    }

    [Fact]
    public async Task Without_a_cycle_it_says_so_and_offers_to_open_one()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var page = await Client.GetAsync("/admin");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
        Assert.Contains("There is no current cycle.", page.One("#cycle")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.One("form#open-cycle"));
        Assert.Contains("No roles have been changed.", page.One("#role-changes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_current_cycle_shows_its_phase_and_moves_to_the_next_from_the_dashboard()
    {
        await Factory.AddCycleAsync(2026, phase: CyclePhase.Consultations);
        await Client.LoginAsRoleAsync(Roles.Admin);
        var page = await Client.GetAsync("/admin");

        Assert.Contains("The 2026 cycle is in its Consultations phase.", page.One("#cycle-phase")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Move to Synthesis", page.One("#move-phase button")!.TextContent, StringComparison.Ordinal);

        var moved = await Client.SubmitAsync(page, new Dictionary<string, string>(), "/admin/cycles/2026/phase");
        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        Assert.Equal(CyclePhase.Synthesis, Factory.WithDb(db => db.Cycles.Single(c => c.Year == 2026).Phase));
    }

    [Fact]
    public async Task The_next_cycle_is_opened_from_the_dashboard_through_the_opening_wizard()
    {
        await Factory.AddCycleAsync(2026, topics:
        [
            ("Labour migration", Area.Migration), ("Visa policy", Area.Migration), ("Return policy", Area.Migration),
            ("Reception conditions", Area.Asylum), ("Detention alternatives", Area.Asylum), ("Resettlement", Area.Asylum),
            ("Language courses", Area.Integration), ("Housing", Area.Integration), ("Recognition of diplomas", Area.Integration),
        ]);
        await Client.LoginAsRoleAsync(Roles.Admin);
        var dashboard = await Client.GetAsync("/admin");
        var topics = await Client.SubmitAsync(dashboard, new Dictionary<string, string> { ["Go"] = "topics" }, "/admin/cycles/new");
        Assert.Equal(HttpStatusCode.OK, topics.Status);

        // Carry every topic over and open: the wizard checks the whole input once more and opens.
        var form = topics.Document.Forms.Single(f => f.GetAttribute("action") == "/admin/cycles/new");
        var fields = PortalClient.FieldsOf((IHtmlFormElement)form).Where(f => f.Key is not ("Go" or "CarryOver")).ToList();
        var ids = Factory.WithDb(db => db.Topics.Select(t => t.Id).ToList());
        fields.AddRange(ids.Select(id => new KeyValuePair<string, string>("CarryOver", id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        fields.Add(new("Go", "open"));
        var opened = await Client.PostAsync("/admin/cycles/new", fields);

        Assert.True(opened.Status == HttpStatusCode.Redirect, string.Join(" ", opened.Errors));
        Assert.Equal(2027, Factory.WithDb(db => db.Cycles.Single(c => c.IsCurrent).Year));
        var after = await Client.GetAsync("/admin");
        Assert.Contains("The 2027 cycle is in its Agenda setting phase.", after.One("#cycle-phase")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unconfirmed_and_locked_accounts_are_listed_with_their_counts()
    {
        var people = await Factory.AddStakeholdersAsync(3, prefix: "member");
        await Factory.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Email == people[0]).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false).SetProperty(u => u.DisplayName, "Unconfirmed Una"));
            await db.Users.Where(u => u.Email == people[1]).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, ApplicationUser.LockedByAdministrator).SetProperty(u => u.DisplayName, "Locked Lou"));
            await db.Users.Where(u => u.Email == people[2]).ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(10)).SetProperty(u => u.DisplayName, "Failing Fay"));
        });

        await Client.LoginAsRoleAsync(Roles.Admin);
        var page = await Client.GetAsync("/admin");

        Assert.Equal("Waiting for email confirmation: 1", page.One("#unconfirmed-heading")!.TextContent);
        Assert.Contains("Unconfirmed Una", page.One("#unconfirmed")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Locked out: 2", page.One("#locked-heading")!.TextContent);
        var locked = page.Document.QuerySelectorAll("#locked li").Select(li => li.TextContent).ToList();
        Assert.Contains(locked, l => l.Contains("Locked Lou", StringComparison.Ordinal) && l.Contains("locked by an administrator", StringComparison.Ordinal));
        Assert.True(locked.Any(l => l.Contains("Failing Fay", StringComparison.Ordinal) && l.Contains("failed sign-ins", StringComparison.Ordinal)), string.Join(" / ", locked));
        Assert.Contains(locked, l => l.Contains("Failing Fay", StringComparison.Ordinal) && l.Contains("failed sign-ins", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Role_changes_come_from_the_audit_log()
    {
        var people = await Factory.AddStakeholdersAsync(1, prefix: "promoted");
        await Client.LoginAsRoleAsync(Roles.Admin);
        var id = Factory.WithDb(db => db.Users.Single(u => u.Email == people[0]).Id);
        var user = await Client.GetAsync("/admin/users/" + id);
        var form = user.Document.Forms.Single(f => f.GetAttribute("action") == $"/admin/users/{id}/roles");
        var fields = PortalClient.FieldsOf((IHtmlFormElement)form).Where(f => f.Key != "Roles").ToList();
        fields.Add(new("Roles", Roles.Editor));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.PostAsync($"/admin/users/{id}/roles", fields)).Status);

        var page = await Client.GetAsync("/admin");
        var row = Assert.Single(page.Document.QuerySelectorAll("#role-changes-table tbody tr"));
        Assert.Contains("Person 1", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("added: Editor", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queued_mail_is_counted_and_the_last_publishing_pass_is_shown()
    {
        var now = DateTimeOffset.UtcNow;
        await Factory.WithDbAsync(async db =>
        {
            await db.QueuedMails.ExecuteDeleteAsync();
            // Not due for a day: the portal's own mail worker leaves them where they are.
            QueuedMail Mail(string to) => new() { ToAddress = to, Subject = "Hello", TextBody = "Hi", QueuedAt = now.AddHours(-2), NextAttemptAt = now.AddDays(1) };
            db.QueuedMails.Add(Mail("a@example.org"));
            var retrying = Mail("b@example.org");
            retrying.Attempts = 2;
            retrying.QueuedAt = now.AddHours(-5);
            db.QueuedMails.Add(retrying);
            var givenUp = Mail("c@example.org");
            givenUp.Attempts = QueuedMail.MaxAttempts;
            givenUp.GivenUpAt = now.AddHours(-1);
            db.QueuedMails.Add(givenUp);
            var sent = Mail("d@example.org");
            sent.SentAt = now.AddHours(-1);
            db.QueuedMails.Add(sent);
            await db.SaveChangesAsync();
        });
        await Factory.Services.GetRequiredService<PublishingRunLog>().RecordAsync(["event"]);

        await Client.LoginAsRoleAsync(Roles.Admin);
        var page = await Client.GetAsync("/admin");

        Assert.Equal("2", page.One("#mail-pending")!.TextContent);
        Assert.Equal("1", page.One("#mail-retrying")!.TextContent);
        Assert.Equal("1", page.One("#mail-given-up")!.TextContent);
        Assert.Contains("300 minutes ago", page.One("#mail-oldest")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.One("#publisher-last time"));
        Assert.Contains("publishing failed for: event", page.One("#publisher")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_publishing_schedule_keeps_one_row_and_never_evicts_the_cache()
    {
        var log = Factory.Services.GetRequiredService<PublishingRunLog>();
        await log.RecordAsync([]);
        await log.RecordAsync(["interview"]);
        await log.RecordAsync([]);

        var run = Assert.Single(Factory.WithDb(db => db.PublishingRuns.ToList()));
        Assert.Equal("", run.FailedKinds);
        Assert.Equal(Environment.MachineName, run.Instance);

        // Written every tick on every instance: it must never empty the output cache.
        Assert.Empty(CacheEviction.TagsOf(typeof(PublishingRun)));
    }
}
