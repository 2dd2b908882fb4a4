using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data.Seeding;
using ReSoma.Web.Domain;
using Xunit.Abstractions;

namespace ReSoma.Tests.Budget;

/// <summary>
/// Issue 13: a fixed number of SQL commands per page, whatever the data (docs/decisions/0024-sql-budget-per-page.md).
/// Each test counts its pages on the demo content, adds <see cref="MoreContent"/>, counts again, and holds both counts
/// to the budget. One class (split by area into files), so the demo portal is seeded once.
/// </summary>
public sealed partial class SqlBudgetTests(CountingPortalFactory factory, ITestOutputHelper output) : PortalTest<CountingPortalFactory>(factory)
{
    private static readonly string Stakeholder = DemoAccounts.All.Single(a => a.Role == Roles.Researcher).Email;

    private DateTimeOffset Now => Factory.Clock.GetUtcNow();

    /// <summary>Counts <paramref name="pages"/> for one visitor, grows the data, counts again, and checks the budgets.</summary>
    private async Task CheckAsync(string visitor, PortalClient client, Func<BudgetSubjects, IReadOnlyList<BudgetedPage>> pagesOf)
    {
        var subjects = await BudgetSubjects.PrepareAsync(Factory, Now);
        var pages = pagesOf(subjects);
        var budget = new SqlBudget(Factory.Sql, output);
        var before = await budget.MeasureAsync(client.Http, pages);
        await MoreContent.AddAsync(Factory, subjects, Now, Stakeholder);
        var after = await budget.MeasureAsync(client.Http, pages);
        budget.Check(visitor, before, after);
    }
}
