using System.Net;
using ReSoma.Tests.Faults;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Health;

/// <summary>
/// The probes an orchestrator asks: live while the process answers, ready while the database answers a query and the
/// file store takes a file. A
/// database file locked by another process makes the portal unready (503) but leaves it alive, so it is taken out of
/// the load balancer instead of restarted, and is ready again once the lock is gone.
/// </summary>
public sealed class HealthEndpointTests(DatabaseLockTests.ShortWaitPortalFactory factory) : PortalTest<DatabaseLockTests.ShortWaitPortalFactory>(factory)
{
    [Fact]
    public async Task Live_answers_200_in_plain_text()
    {
        var response = await Client.Http.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_answers_200_with_the_database_healthy_and_no_details()
    {
        var ready = await Readiness.AskAsync(Client.Http);
        Assert.Equal(HttpStatusCode.OK, ready.Code);
        Assert.Equal("Healthy", ready.Status);
        Assert.Equal("Healthy", ready.Checks["database"]);
        Assert.Equal("Healthy", ready.Checks["storage"]);
        Assert.DoesNotContain("description", ready.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("exception", ready.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_locked_database_file_makes_the_portal_unready_but_alive_until_the_lock_is_gone()
    {
        using (await SqliteLock.ExclusiveAsync(Factory, readersToo: true))
        {
            var ready = await Readiness.AskAsync(Client.Http);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Code);
            Assert.Equal("Unhealthy", ready.Checks["database"]);
            Assert.DoesNotContain("Sqlite", ready.Body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Factory.DataPath, ready.Body, StringComparison.Ordinal);
            Assert.True(ready.Took < TimeSpan.FromSeconds(10), $"ready took {ready.Took}");

            Assert.Equal(HttpStatusCode.OK, (await Client.Http.GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await Client.Http.GetAsync("/health")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await Readiness.AskAsync(Client.Http)).Code);
    }
}
