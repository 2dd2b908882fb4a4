using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Budget;

public sealed partial class SqlBudgetTests
{
    [Fact]
    public async Task A_stakeholders_own_pages_cost_a_fixed_number_of_commands()
    {
        await Client.LoginAsRoleAsync(Roles.Researcher);
        // Each counts the session check and the header's unread count (see PublicPages).
        await CheckAsync("a stakeholder's own pages", Client, _ =>
        [
            new("notifications", "/notifications", 3),
            // Made on first sight (the private feed needs its secret): counted once they exist.
            new("notification settings", "/account/notifications", 5, Warm: true),
            new("account", "/account", 4),
            // The registrations, then what they are for: consultations and events, one query each.
            new("my registrations", "/account/registrations", 5),
        ]);
    }

    [Fact]
    public async Task Editor_lists_cost_a_fixed_number_of_commands()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        await CheckAsync("signed in as an editor", Client, _ =>
        [
            new("editor: briefs", "/editor/briefs", 4),
            new("editor: consultations", "/editor/consultations", 3),
            new("editor: events", "/editor/events", 3),
            new("editor: news", "/editor/news", 5),
            new("editor: interviews", "/editor/interviews", 3),
            // The follows counted by kind and key, then the topics that name them.
            new("editor: followers", "/editor/followers", 4),
        ]);
    }
}
