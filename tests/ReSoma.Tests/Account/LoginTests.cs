using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Account;
using ReSoma.Web.Infrastructure.Security;

namespace ReSoma.Tests.Account;

public sealed class LoginTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_wrong_password_says_so_without_telling_which_part_was_wrong()
    {
        var page = await Client.LoginAsync("researcher@resoma.local", "Wrong-Passw0rd");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Equal([SignInController.RefusedMessage], page.Errors);
        var unknown = await Client.LoginAsync("nobody@example.org", "Wrong-Passw0rd");
        Assert.Equal([SignInController.RefusedMessage], unknown.Errors);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_for_the_right_password()
    {
        for (var i = 0; i < IdentitySetup.MaxFailedAccessAttempts; i++)
        {
            await Client.LoginAsync("practitioner@resoma.local", "Wrong-Passw0rd");
        }

        var page = await Client.LoginAsync("practitioner@resoma.local", PortalFactory.Password);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Equal([SignInController.RefusedMessage], page.Errors);
        Assert.True(Factory.WithDb(db => db.Users.Single(u => u.Email == "practitioner@resoma.local").LockoutEnd) > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Login_returns_to_a_local_page_only()
    {
        var page = await Client.SubmitAsync("/account/login?returnUrl=%2Ftopics", new Dictionary<string, string>
        {
            ["Email"] = "editor@resoma.local", ["Password"] = PortalFactory.Password,
        }, "/account/login");
        Assert.Equal("/topics", page.Location);

        var evil = await NewClient().SubmitAsync("/account/login?returnUrl=https%3A%2F%2Fevil.example", new Dictionary<string, string>
        {
            ["Email"] = "editor@resoma.local", ["Password"] = PortalFactory.Password,
        }, "/account/login");
        Assert.Equal("/account", evil.Location);
    }

    [Fact]
    public async Task Logout_is_a_post_and_ends_the_session()
    {
        await Client.LoginAsRoleAsync(Roles.Researcher);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/account")).Status);
        var home = await Client.GetAsync("/");
        var loggedOut = await Client.SubmitAsync(home, new Dictionary<string, string>(), "/account/logout");
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.Status);
        var account = await Client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, account.Status);
        Assert.StartsWith("http://localhost/account/login", account.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link()
    {
        var sent = await Client.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "policymaker@resoma.local" });
        Assert.Equal("Check your inbox", sent.One("h1")!.TextContent);
        var mail = Assert.Single(Mailbox.To("policymaker@resoma.local"));
        var link = Mailbox.LinkIn(mail, "/account/reset-password");

        var reset = await Client.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "Brand-New-Passw0rd", ["ConfirmPassword"] = "Brand-New-Passw0rd" });
        Assert.Equal("Password changed", reset.One("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await NewClient().LoginAsync("policymaker@resoma.local", "Brand-New-Passw0rd")).Status);

        var reused = await Client.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "Another-Passw0rd", ["ConfirmPassword"] = "Another-Passw0rd" });
        Assert.Contains("This reset link is no longer valid. Ask for a new one.", reused.Errors);
    }

    [Fact]
    public async Task A_password_reset_does_not_lift_a_lock_an_administrator_set()
    {
        var admin = NewClient();
        await admin.LoginAsRoleAsync(Roles.Admin);
        var id = Factory.WithDb(db => db.Users.Single(u => u.Email == "policymaker@resoma.local").Id);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/users/" + id, new Dictionary<string, string>(), $"/admin/users/{id}/lock")).Status);

        await Client.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "policymaker@resoma.local" });
        var link = Mailbox.LinkIn(Assert.Single(Mailbox.To("policymaker@resoma.local")), "/account/reset-password");
        await Client.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "Brand-New-Passw0rd", ["ConfirmPassword"] = "Brand-New-Passw0rd" });

        Assert.NotEqual(HttpStatusCode.Redirect, (await NewClient().LoginAsync("policymaker@resoma.local", "Brand-New-Passw0rd")).Status);
        Assert.NotNull(Factory.WithDb(db => db.Users.Single(u => u.Email == "policymaker@resoma.local").LockoutEnd));
    }

    [Fact]
    public async Task Asking_for_a_reset_of_an_unknown_address_reveals_nothing_and_sends_nothing()
    {
        var page = await Client.SubmitAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "stranger@example.org" });
        Assert.Equal("Check your inbox", page.One("h1")!.TextContent);
        Assert.Null(page.One("#dev-link"));
        Assert.Empty(Mailbox.Messages);
    }
}
