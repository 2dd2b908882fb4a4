using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Budget;

public sealed partial class SqlBudgetTests
{
    [Fact]
    public async Task The_editor_dashboard_costs_a_fixed_number_of_commands()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        // The session check and the header's unread count, then: contributions waiting (grouped by consultation), next
        // month's interview, consultations and events closing or full (one each), drafts (one per kind: briefs,
        // interviews, news, consultations, events, newsletters) and recent publishing with its editors' names.
        await CheckAsync("the editor dashboard", Client, _ => [new("editor: dashboard", "/editor", 13)]);
    }

    [Fact]
    public async Task The_admin_dashboard_costs_a_fixed_number_of_commands()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        // The session check and the header's unread count, then: the current cycle with its plan; the account counts,
        // the unconfirmed and the locked accounts; role changes; the mail queue's counts and its oldest message; the
        // publishing schedule's last pass.
        await CheckAsync("the admin dashboard", Client, _ => [new("admin: dashboard", "/admin", 10)]);
    }
}
