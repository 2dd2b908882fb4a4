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
        var confirmed = await Client.GetAsync(link);
        Assert.Equal("Email address confirmed", confirmed.One("h1")!.TextContent);

        var login = await Client.LoginAsync("ana@example.org", "Strong-Passw0rd");
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
    public async Task A_duplicate_email_gets_one_clear_message()
    {
        await Client.SubmitAsync("/account/register", TestData.RegistrationForm("twice@example.org"));
        var form = TestData.RegistrationForm("TWICE@example.org");
        form["Organisation"] = "Another organisation";
        var page = await NewClient().SubmitAsync("/account/register", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        var error = Assert.Single(page.Errors);
        Assert.Contains("already exists", error, StringComparison.Ordinal);
        Assert.Equal(1, Factory.WithDb(db => db.Users.Count()) - 5);
        Assert.Equal(["Lisbon Migration Observatory"], Factory.WithDb(db => db.Organisations.Select(o => o.Name).ToList()));
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
