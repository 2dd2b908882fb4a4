using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Security;

namespace ReSoma.Tests.Security;

/// <summary>
/// Whatever should end a session ends every copy of it at its next request: logout, a new password, a reset, a role
/// change, a lock, a deletion. Each test keeps a second session (another client, or a copied cookie) and tries it.
/// </summary>
public sealed class SessionTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Researcher = "researcher@resoma.local";

    [Fact]
    public async Task A_copied_cookie_stops_working_when_its_owner_logs_out_and_so_do_other_sessions()
    {
        var cookie = await LoginCookieAsync(Client, Researcher);
        var other = await SignedInAsync(Researcher);
        Assert.Equal(HttpStatusCode.OK, await StatusWithCookieAsync(cookie));

        await Client.SubmitAsync(await Client.GetAsync("/"), new Dictionary<string, string>(), "/account/logout");

        Assert.Equal(HttpStatusCode.Redirect, await StatusWithCookieAsync(cookie));
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/account")).Status);
    }

    [Fact]
    public async Task A_new_password_ends_the_other_sessions_and_keeps_the_one_that_changed_it()
    {
        await Client.LoginAsync(Researcher, PortalFactory.Password);
        var other = await SignedInAsync(Researcher);

        var changed = await Client.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = PortalFactory.Password, ["NewPassword"] = "Another-Passw0rd-1", ["ConfirmPassword"] = "Another-Passw0rd-1",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);

        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/account")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/account")).Status);
    }

    [Fact]
    public async Task A_password_reset_ends_every_session()
    {
        var other = await SignedInAsync(Researcher);
        await Client.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = Researcher });
        var link = Mailbox.LinkIn(Assert.Single(Mailbox.To(Researcher)), "/account/reset-password");
        var reset = await Client.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "Brand-New-Passw0rd", ["ConfirmPassword"] = "Brand-New-Passw0rd" });
        Assert.Equal("Password changed", reset.One("h1")!.TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/account")).Status);
    }

    [Fact]
    public async Task An_editor_whose_role_is_removed_loses_the_back_office_at_the_next_request()
    {
        var editor = await SignedInAsync("editor@resoma.local");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/editor/briefs")).Status);

        await Client.LoginAsRoleAsync(Roles.Admin);
        var id = Factory.WithDb(db => db.Users.Single(u => u.Email == "editor@resoma.local").Id);
        var saved = await Client.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string> { ["Roles"] = Roles.Researcher }, $"/admin/users/{id}/roles");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var after = await editor.GetAsync("/editor/briefs");
        Assert.Equal(HttpStatusCode.Redirect, after.Status);
        Assert.Contains("/account/login", after.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_locked_account_is_out_at_once_and_cannot_register_for_a_consultation()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("Locked out meeting"));
        var practitioner = await SignedInAsync("practitioner@resoma.local");
        var page = await practitioner.GetAsync($"/consultations/{c.Slug}");

        await Client.LoginAsRoleAsync(Roles.Admin);
        var id = Factory.WithDb(db => db.Users.Single(u => u.Email == "practitioner@resoma.local").Id);
        await Client.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}/lock");

        var register = await practitioner.SubmitAsync(page, new Dictionary<string, string>(), $"/consultations/{c.Slug}/register");
        Assert.True((int)register.Status is >= 300 and < 500, $"answered {(int)register.Status}");
        Assert.Equal(0, Factory.WithDb(db => db.SeatRegistrations.Count(r => r.UserId == id)));
        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.GetAsync("/account")).Status);
    }

    [Fact]
    public async Task A_deleted_accounts_cookie_gets_no_error_page_anywhere_and_changes_nothing()
    {
        var c = await Factory.AddConsultationAsync(new NewConsultation("After deletion meeting"));
        var e = await Factory.AddEventAsync(new NewEvent("After deletion webinar") { Seats = 5 });
        var interview = await Factory.NewInterview(2019, 5, "After deletion interview").Published(new DateTimeOffset(2019, 5, 1, 9, 0, 0, TimeSpan.Zero));
        var stale = await SignedInAsync("policymaker@resoma.local");
        var consultationPage = await stale.GetAsync($"/consultations/{c.Slug}");
        var eventPage = await stale.GetAsync($"/events/{e.Slug}");
        var interviewPage = await stale.GetAsync(interview.PublicPath);

        await Client.LoginAsRoleAsync(Roles.Admin);
        var id = Factory.WithDb(db => db.Users.Single(u => u.Email == "policymaker@resoma.local").Id);
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}/delete")).Status);

        var answers = new[]
        {
            await stale.SubmitAsync(consultationPage, new Dictionary<string, string>(), $"/consultations/{c.Slug}/register"),
            await stale.SubmitAsync(eventPage, new Dictionary<string, string>(), $"/events/{e.Slug}/register"),
            await stale.SubmitAsync(interviewPage, new Dictionary<string, string> { [$"q{interview.Questions[0].Id}"] = interview.Questions[0].Options[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/interviews/{interview.Id}/answers"),
            await stale.GetAsync("/account/registrations"),
            await stale.GetAsync("/account"),
        };
        Assert.All(answers, a => Assert.True((int)a.Status < 500, $"answered {(int)a.Status}"));
        Assert.Equal(0, Factory.WithDb(db => db.SeatRegistrations.Count()));
        Assert.Equal(0, Factory.WithDb(db => db.QuestionnaireResponses.Count(r => r.UserId == id)));
    }

    [Fact]
    public async Task Failed_sign_ins_by_a_stranger_pause_password_sign_in_but_leave_the_owners_open_session_alone()
    {
        var owner = await SignedInAsync(Researcher);
        for (var i = 0; i < IdentitySetup.MaxFailedAccessAttempts; i++)
        {
            await NewClient().LoginAsync(Researcher, "Guessed-Passw0rd-" + i);
        }

        Assert.True(Factory.WithDb(db => db.Users.Single(u => u.Email == Researcher).LockoutEnd) > DateTimeOffset.UtcNow);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/account")).Status);
        var notice = Assert.Single(Mailbox.To(Researcher));
        Assert.Equal("Your ReSOMA account is paused for a while", notice.Subject);
    }

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync(email, PortalFactory.Password)).Status);
        return client;
    }

    private static async Task<string> LoginCookieAsync(PortalClient client, string email)
    {
        var login = await client.LoginAsync(email, PortalFactory.Password);
        return login.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("resoma.auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    private async Task<HttpStatusCode> StatusWithCookieAsync(string cookie)
    {
        using var bare = Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", cookie);
        return (await bare.SendAsync(request)).StatusCode;
    }
}
