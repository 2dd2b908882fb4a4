using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Account;

public sealed class RegistrationTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_stakeholder_registers_confirms_by_email_and_logs_in()
    {
        var done = await Client.SubmitAsync("/account/register", TestData.RegistrationForm("ana@example.org"));
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Equal("Check your inbox", done.One("h1")!.TextContent);

        var user = await Factory.WithDbAsync(db => db.Users.Include(u => u.Organisation).SingleAsync(u => u.Email == "ana@example.org"));
        Assert.False(user.EmailConfirmed);
        Assert.Equal("Ana Ribeiro", user.DisplayName);
        Assert.Equal("PT", user.Country);
        Assert.Equal("Lisbon Migration Observatory", user.Organisation!.Name);
        Assert.Equal([Roles.Researcher], await RolesOfAsync(user.Id));

        var refused = await Client.LoginAsync("ana@example.org", "Strong-Passw0rd");
        Assert.Contains(refused.Errors, e => e.Contains("not confirmed", StringComparison.Ordinal));

        var mail = Assert.Single(Mailbox.To("ana@example.org"));
        Assert.Equal("Confirm your ReSOMA account", mail.Subject);
        var link = Mailbox.LinkIn(mail, "/account/confirm-email");
        Assert.Equal(link, new Uri(done.One("#dev-link")!.GetAttribute("href")!).PathAndQuery);
        var form = await Client.GetAsync(link);
        Assert.Equal("Activate your account", form.One("h1")!.TextContent);
        Assert.False(Factory.WithDb(db => db.Users.Single(u => u.Email == "ana@example.org").EmailConfirmed));
        var confirmed = await Client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "Strong-Passw0rd" }, "/account/confirm-email");
        Assert.Equal("Email address confirmed", confirmed.One("h1")!.TextContent);
        Assert.True(Factory.WithDb(db => db.Users.Single(u => u.Email == "ana@example.org").EmailConfirmed));

        var login = await NewClient().LoginAsync("ana@example.org", "Strong-Passw0rd");
        Assert.Equal(HttpStatusCode.Redirect, login.Status);
        Assert.Equal("/account", login.Location);
        var profile = await Client.GetAsync("/account");
        Assert.Equal("ana@example.org", profile.One("#account-email")!.TextContent);
        Assert.Equal("Ana Ribeiro", profile.One("#DisplayName")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_tampered_confirmation_link_is_refused()
    {
        await Client.SubmitAsync("/account/register", TestData.RegistrationForm("tamper@example.org"));
        var link = Mailbox.LinkIn(Mailbox.To("tamper@example.org")[0], "/account/confirm-email");
        var page = await Client.GetAsync(link[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal("Confirmation link not valid", page.One("h1")!.TextContent);
        Assert.False(Factory.WithDb(db => db.Users.Single(u => u.Email == "tamper@example.org").EmailConfirmed));
    }

    [Theory]
    [InlineData("Email", "", "Enter your email address.")]
    [InlineData("Email", "not-an-email", "Enter a valid email address")]
    [InlineData("DisplayName", "", "Enter your name")]
    [InlineData("Country", "XX", "Choose a country from the list.")]
    [InlineData("StakeholderRole", "Admin", "Choose researcher, policymaker or practitioner.")]
    [InlineData("AcceptPrivacy", "false", "Agree to how ReSOMA uses your profile")]
    [InlineData("ConfirmPassword", "Other-Passw0rd", "The two passwords do not match.")]
    public async Task Bad_input_is_shown_in_the_validation_summary_and_nothing_is_saved(string field, string value, string message)
    {
        var form = TestData.RegistrationForm("bad@example.org");
        form[field] = value;
        var page = await Client.SubmitAsync("/account/register", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains(page.Errors, e => e.Contains(message, StringComparison.Ordinal));
        Assert.Equal(0, Factory.WithDb(db => db.Users.Count(u => u.Email == "bad@example.org")));
        Assert.Equal(0, Factory.WithDb(db => db.Organisations.Count()));
    }

    [Fact]
    public async Task Over_long_input_is_refused()
    {
        var form = TestData.RegistrationForm("long@example.org");
        form["DisplayName"] = new string('a', 151);
        form["Organisation"] = new string('b', 151);
        var page = await Client.SubmitAsync("/account/register", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Your name can be at most 150 characters.", page.Errors);
        Assert.Contains("The organisation name can be at most 150 characters.", page.Errors);
    }

    [Fact]
    public async Task A_weak_password_is_refused_and_neither_account_nor_organisation_is_half_saved()
    {
        var page = await Client.SubmitAsync("/account/register", TestData.RegistrationForm("weak@example.org", "alllowercase"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains(page.Errors, e => e.Contains("uppercase", StringComparison.Ordinal));
        Assert.Equal(0, Factory.WithDb(db => db.Users.Count(u => u.Email == "weak@example.org")));
        Assert.Equal(0, Factory.WithDb(db => db.Organisations.Count()));
        Assert.Empty(Mailbox.Messages);
    }

    [Fact]
    public async Task Registering_an_address_that_has_an_account_answers_like_any_other_and_mails_its_owner()
    {
        var fresh = await Client.SubmitAsync("/account/register", TestData.RegistrationForm("newcomer@example.org"));
        var form = TestData.RegistrationForm("RESEARCHER@resoma.local");
        form["Organisation"] = "Another organisation";
        var member = await NewClient().SubmitAsync("/account/register", form);

        // Same status, heading and message (the on-screen link is a Development convenience and not shown here).
        Assert.Equal(HttpStatusCode.OK, member.Status);
        Assert.Equal(fresh.One("h1")!.TextContent, member.One("h1")!.TextContent);
        Assert.Equal(fresh.One(".lead")!.TextContent.Replace("newcomer@example.org", "X", StringComparison.Ordinal),
            member.One(".lead")!.TextContent.Replace("RESEARCHER@resoma.local", "X", StringComparison.Ordinal));
        Assert.Equal(1, Factory.WithDb(db => db.Users.Count(u => u.NormalizedEmail == "RESEARCHER@RESOMA.LOCAL")));
        Assert.DoesNotContain("Another organisation", Factory.WithDb(db => db.Organisations.Select(o => o.Name).ToList()));
        var notice = Assert.Single(Mailbox.To("researcher@resoma.local"));
        Assert.Equal("You already have a ReSOMA account", notice.Subject);
    }

    [Fact]
    public async Task An_address_registered_by_someone_else_is_taken_back_by_whoever_can_read_its_mail()
    {
        // A stranger registers the victim's address with a password of their own...
        await Client.SubmitAsync("/account/register", TestData.RegistrationForm("victim@example.org", "Strangers-Passw0rd"));
        var strangersLink = Mailbox.LinkIn(Mailbox.To("victim@example.org")[0], "/account/confirm-email");

        // ...the victim, clicking the unexpected link, cannot activate that account without its password...
        var victim = NewClient();
        var form = await victim.GetAsync(strangersLink);
        var refused = await victim.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = "Victims-Passw0rd" }, "/account/confirm-email");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.False(Factory.WithDb(db => db.Users.Single(u => u.Email == "victim@example.org").EmailConfirmed));

        // ...and registering themselves replaces the stranger's unconfirmed account.
        var victimForm = TestData.RegistrationForm("victim@example.org", "Victims-Passw0rd");
        victimForm["DisplayName"] = "The Real Owner";
        await victim.SubmitAsync("/account/register", victimForm);
        var account = Factory.WithDb(db => db.Users.Single(u => u.Email == "victim@example.org"));
        Assert.Equal("The Real Owner", account.DisplayName);

        var stale = await Client.GetAsync(strangersLink);
        Assert.Equal(HttpStatusCode.BadRequest, stale.Status);
        var link = Mailbox.LinkIn(Mailbox.To("victim@example.org").Last(), "/account/confirm-email");
        var confirmed = await victim.SubmitAsync(await victim.GetAsync(link), new Dictionary<string, string> { ["Password"] = "Victims-Passw0rd" }, "/account/confirm-email");
        Assert.Equal("Email address confirmed", confirmed.One("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await NewClient().LoginAsync("victim@example.org", "Strangers-Passw0rd")).Status);
    }

    [Fact]
    public async Task The_same_organisation_typed_differently_is_one_organisation()
    {
        await Client.SubmitAsync("/account/register", TestData.RegistrationForm("one@example.org"));
        var form = TestData.RegistrationForm("two@example.org");
        form["Organisation"] = "  lisbon   migration OBSERVATORY ";
        await NewClient().SubmitAsync("/account/register", form);
        Assert.Equal(1, Factory.WithDb(db => db.Organisations.Count()));
    }

    private Task<List<string?>> RolesOfAsync(string userId) => Factory.WithDbAsync(db =>
        db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync());
}
