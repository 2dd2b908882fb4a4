using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Dashboards.Admin;

/// <summary>What an admin looks after: the cycle, the accounts, the roles and the background work.</summary>
public sealed class AdminDashboardQuery(
    CurrentCycleQuery cycles, AccountsQuery accounts, RoleChangesQuery roles, BackgroundHealthQuery background, TimeProvider clock)
{
    public async Task<AdminDashboardPage> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        // "Today" is the UTC date, as on the cycle's own page: the portal stores times in UTC.
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var cycle = await cycles.RunAsync(cancellationToken);
        var nextYear = cycle?.NextYear ?? today.Year;
        return new AdminDashboardPage(
            now,
            cycle,
            new CycleForms(today, PhasePlan.For(nextYear, today)),
            await accounts.RunAsync(now, cancellationToken),
            await roles.RunAsync(cancellationToken),
            await background.MailAsync(cancellationToken),
            await background.PublisherAsync(now, cancellationToken));
    }
}
