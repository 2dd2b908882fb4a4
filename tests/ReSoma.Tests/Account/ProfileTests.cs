using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Account;

public sealed class ProfileTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task My_account_needs_a_login()
    {
        var page = await Client.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/login?ReturnUrl=%2Faccount", page.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stakeholder_edits_their_profile()
    {
        await Client.LoginAsRoleAsync(Roles.Policymaker);
        var saved = await Client.SubmitAsync("/account", new Dictionary<string, string>
        {
            ["DisplayName"] = "Marta Kowalska", ["Organisation"] = "City of Gdańsk", ["Country"] = "PL",
        }, "/account");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var page = await Client.GetAsync(saved.Location!);
        Assert.Contains("Your changes are saved.", page.Text, StringComparison.Ordinal);
        Assert.Equal("Marta Kowalska", page.One("#DisplayName")!.GetAttribute("value"));
        Assert.Equal("City of Gdańsk", page.One("#Organisation")!.GetAttribute("value"));
        Assert.Equal("PL", page.One("#Country option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_invalid_profile_is_not_saved()
    {
        await Client.LoginAsRoleAsync(Roles.Policymaker);
        var page = await Client.SubmitAsync("/account", new Dictionary<string, string> { ["DisplayName"] = "", ["Organisation"] = "X", ["Country"] = "ZZ" }, "/account");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Enter your name as others should see it.", page.Errors);
        Assert.Contains("Choose a country from the list.", page.Errors);
        Assert.Equal("Demo Policymaker", Factory.WithDb(db => db.Users.Single(u => u.Email == "policymaker@resoma.local").DisplayName));
    }

    [Fact]
    public async Task A_password_change_needs_the_current_password()
    {
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var wrong = await Client.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "Not-The-Passw0rd", ["NewPassword"] = "Changed-Passw0rd", ["ConfirmPassword"] = "Changed-Passw0rd",
        });
        Assert.Contains("The current password is not right.", wrong.Errors);

        var right = await Client.SubmitAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = PortalFactory.Password, ["NewPassword"] = "Changed-Passw0rd", ["ConfirmPassword"] = "Changed-Passw0rd",
        });
        Assert.Equal(HttpStatusCode.Redirect, right.Status);
        Assert.Equal(HttpStatusCode.Redirect, (await NewClient().LoginAsync("researcher@resoma.local", "Changed-Passw0rd")).Status);
    }

    [Fact]
    public async Task Personal_data_downloads_as_json_with_only_my_data()
    {
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var response = await Client.Http.GetAsync("/account/personal-data/download");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("resoma-personal-data-", response.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var account = json.RootElement.GetProperty("account");
        Assert.Equal("researcher@resoma.local", account.GetProperty("email").GetString());
        Assert.Equal("Demo Researcher", account.GetProperty("displayName").GetString());
        Assert.Equal([Roles.Researcher], account.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var raw = json.RootElement.GetRawText();
        Assert.DoesNotContain("PasswordHash", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("editor@resoma.local", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_my_account_needs_my_password_and_then_removes_it()
    {
        await Client.LoginAsRoleAsync(Roles.Practitioner);
        var wrong = await Client.SubmitAsync("/account/personal-data", new Dictionary<string, string> { ["Password"] = "Wrong-Passw0rd" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.Status);
        Assert.Contains("The password is not right, so the account was not deleted.", wrong.Errors);
        Assert.Equal(1, Factory.WithDb(db => db.Users.Count(u => u.Email == "practitioner@resoma.local")));

        var deleted = await Client.SubmitAsync("/account/personal-data", new Dictionary<string, string> { ["Password"] = PortalFactory.Password });
        Assert.Equal("Account deleted", deleted.One("h1")!.TextContent);
        Assert.Equal(0, await Factory.WithDbAsync(db => db.Users.CountAsync(u => u.Email == "practitioner@resoma.local")));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync("/account")).Status);
    }

    [Fact]
    public async Task The_only_admin_cannot_delete_their_account()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var page = await Client.SubmitAsync("/account/personal-data", new Dictionary<string, string> { ["Password"] = PortalFactory.Password });
        Assert.Contains(page.Errors, e => e.Contains("only administrator", StringComparison.Ordinal));
        Assert.Equal(1, Factory.WithDb(db => db.Users.Count(u => u.Email == "admin@resoma.local")));
    }
}
