using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Budget;

public sealed partial class SqlBudgetTests
{
    [Fact]
    public async Task A_stakeholders_own_pages_cost_a_fixed_number_of_commands()
    {
        await Client.LoginAsRoleAsync(Roles.Researcher);
        await CheckAsync("a stakeholder's own pages", Client, _ =>
        [
            new("account", "/account", 3),
            // The registrations, then what they are for: consultations and events, one query each.
            new("my registrations", "/account/registrations", 4),
        ]);
    }

    [Fact]
    public async Task Editor_lists_cost_a_fixed_number_of_commands()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        await CheckAsync("signed in as an editor", Client, _ =>
        [
            new("editor: briefs", "/editor/briefs", 3),
            new("editor: consultations", "/editor/consultations", 2),
            new("editor: events", "/editor/events", 2),
            new("editor: news", "/editor/news", 4),
            new("editor: interviews", "/editor/interviews", 2),
            // The follows counted by kind and key, then the topics that name them (plus the session's own check).
            new("editor: followers", "/editor/followers", 3),
        ]);
    }
}
