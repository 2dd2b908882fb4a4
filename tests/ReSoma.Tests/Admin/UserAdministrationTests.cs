using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Admin;

public sealed class UserAdministrationTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Admin_lists_and_finds_users()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var all = await Client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Equal(5, all.Document.QuerySelectorAll("tbody tr").Length);

        var editors = await Client.GetAsync("/admin/users?role=Editor");
        Assert.Equal(["editor@resoma.local"], editors.Document.QuerySelectorAll("tbody tr td:nth-child(2)").Select(td => td.TextContent));

        var found = await Client.GetAsync("/admin/users?q=Policymaker");
        Assert.Single(found.Document.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Admin_makes_a_researcher_an_editor()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var id = UserId("researcher@resoma.local");
        var page = await Client.GetAsync($"/admin/users/{id}");
        var saved = await Client.SubmitAsync(page, new Dictionary<string, string> { ["Roles"] = Roles.Editor }, $"/admin/users/{id}/roles");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal([Roles.Editor], await RolesOfAsync(id));
        Assert.Contains("Roles saved.", (await Client.GetAsync(saved.Location!)).Text, StringComparison.Ordinal);

        var researcher = NewClient();
        await researcher.LoginAsync("researcher@resoma.local", PortalFactory.Password);
        Assert.Equal(HttpStatusCode.OK, (await researcher.GetAsync("/account")).Status);
    }

    [Fact]
    public async Task A_stale_roles_form_is_refused_and_shows_the_current_roles()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var id = UserId("researcher@resoma.local");
        var stale = await Client.GetAsync($"/admin/users/{id}");
        var first = await Client.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string> { ["Roles"] = Roles.Policymaker }, $"/admin/users/{id}/roles");
        Assert.Equal(HttpStatusCode.Redirect, first.Status);

        var second = await Client.SubmitAsync(stale, new Dictionary<string, string> { ["Roles"] = Roles.Editor }, $"/admin/users/{id}/roles");
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Contains(second.Errors, e => e.Contains("Someone changed this account", StringComparison.Ordinal));
        Assert.Equal([Roles.Policymaker], await RolesOfAsync(id));
        Assert.NotNull(second.One($"#role-{Roles.Policymaker}[checked]"));
    }

    [Fact]
    public async Task An_admin_cannot_take_away_their_own_admin_role()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var id = UserId("admin@resoma.local");
        var page = await Client.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string> { ["Roles"] = Roles.Editor }, $"/admin/users/{id}/roles");
        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Contains(await RolesOfAsync(id), r => r == Roles.Admin);
    }

    [Fact]
    public async Task A_locked_account_cannot_log_in_until_unlocked()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var id = UserId("editor@resoma.local");
        var locked = await Client.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}/lock");
        Assert.Equal(HttpStatusCode.Redirect, locked.Status);
        Assert.Equal([ReSoma.Web.Features.Account.SignInController.RefusedMessage], (await NewClient().LoginAsync("editor@resoma.local", PortalFactory.Password)).Errors);

        await Client.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}/unlock");
        Assert.Equal(HttpStatusCode.Redirect, (await NewClient().LoginAsync("editor@resoma.local", PortalFactory.Password)).Status);
    }

    [Fact]
    public async Task Admin_deletes_an_account()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var id = UserId("practitioner@resoma.local");
        var page = await Client.SubmitAsync($"/admin/users/{id}", new Dictionary<string, string>(), $"/admin/users/{id}/delete");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(0, Factory.WithDb(db => db.Users.Count(u => u.Id == id)));
    }

    [Fact]
    public async Task An_unknown_user_is_a_404()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/admin/users/not-a-user")).Status);
    }

    private string UserId(string email) => Factory.WithDb(db => db.Users.Single(u => u.Email == email).Id);

    private Task<List<string?>> RolesOfAsync(string userId) => Factory.WithDbAsync(db =>
        db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).ToListAsync());
}
