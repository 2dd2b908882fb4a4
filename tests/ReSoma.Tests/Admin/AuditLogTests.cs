using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Interviews.Publishing;

namespace ReSoma.Tests.Admin;

public sealed class AuditLogTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Role_changes_locks_deletions_and_publishing_appear_in_the_audit_log_with_who_did_them()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var practitioner = Factory.WithDb(db => db.Users.Single(u => u.Email == "practitioner@resoma.local").Id);
        var researcher = Factory.WithDb(db => db.Users.Single(u => u.Email == "researcher@resoma.local").Id);
        await Client.SubmitAsync($"/admin/users/{practitioner}", new Dictionary<string, string> { ["Roles"] = Roles.Editor }, $"/admin/users/{practitioner}/roles");
        await Client.SubmitAsync($"/admin/users/{practitioner}", new Dictionary<string, string>(), $"/admin/users/{practitioner}/lock");
        await Client.SubmitAsync($"/admin/users/{researcher}", new Dictionary<string, string>(), $"/admin/users/{researcher}/delete");

        var brief = await Factory.AddBriefAsync(new NewBrief("Audited brief") { Status = BriefStatus.Draft });
        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        var published = await editor.SubmitAsync($"/editor/briefs/{brief.Id}/edit", new Dictionary<string, string>(), $"/editor/briefs/{brief.Id}/publish");
        Assert.Equal(HttpStatusCode.Redirect, published.Status);

        var due = await Factory.NewInterview(2026, 1, "Scheduled and audited").Scheduled(DateTimeOffset.UtcNow.AddSeconds(-1));
        await Factory.Services.GetRequiredService<InterviewPublisher>().PublishDueAsync();

        var log = await Client.GetAsync("/admin/audit");
        Assert.Equal(HttpStatusCode.OK, log.Status);
        var rows = log.Document.QuerySelectorAll("#audit-log tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(rows, r => r[1] == "Demo Admin" && r[2] == "Roles changed" && r[4].Contains("added: Editor", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[2] == "Account locked");
        Assert.Contains(rows, r => r[2] == "Account deleted" && r[3] == "a deleted account");
        Assert.Contains(rows, r => r[2] == "Published" && r[3].Contains("Audited brief", StringComparison.Ordinal) && r[1] != "the portal (schedule)");
        Assert.Contains(rows, r => r[2] == "Published" && r[3].Contains(due.Title, StringComparison.Ordinal) && r[1] == "the portal (schedule)");

        var onlyLocks = await Client.GetAsync("/admin/audit?kind=AccountLocked");
        Assert.Single(onlyLocks.Document.QuerySelectorAll("#audit-log tbody tr"));
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/admin/audit")).Status);
    }
}
