using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Infrastructure.Health;

namespace ReSoma.Tests.Health;

/// <summary>
/// Redis configured but not there (a closed loopback port) makes the portal unready within seconds, and a failing
/// check added with <see cref="HealthSetup.AddReadinessCheck{T}"/> counts for readiness but not for liveness. What a
/// failure says (an exception can carry a connection string) never reaches the anonymous caller.
/// </summary>
public sealed class ReadinessFailureTests(ReadinessFailureTests.UnreachableRedisFactory factory) : PortalTest<ReadinessFailureTests.UnreachableRedisFactory>(factory)
{
    public const string Secret = "Password=not-for-probes";

    public sealed class UnreachableRedisFactory : PortalFactory
    {
        public int RedisPort { get; } = LoopbackPort.Free();

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Redis:Configuration"] = $"127.0.0.1:{RedisPort}",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddHealthChecks().AddReadinessCheck<FailingCheck>("failing"));
        }
    }

    public sealed class FailingCheck : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException($"Cannot reach Server=db;{Secret}");
    }

    [Fact]
    public async Task Ready_answers_503_within_seconds_naming_the_failed_checks_and_nothing_they_said()
    {
        for (var attempt = 0; attempt < 2; attempt++) // the first check makes the connection, the second reuses it
        {
            var ready = await Readiness.AskAsync(Client.Http);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Code);
            Assert.Equal("Unhealthy", ready.Status);
            Assert.Equal("Unhealthy", ready.Checks["redis"]);
            Assert.Equal("Unhealthy", ready.Checks["failing"]);
            Assert.Equal("Healthy", ready.Checks["database"]);
            Assert.True(ready.Took < TimeSpan.FromSeconds(8), $"ready took {ready.Took}");
            Assert.DoesNotContain(Secret, ready.Body, StringComparison.Ordinal);
            Assert.DoesNotContain($"127.0.0.1:{Factory.RedisPort}", ready.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Live_answers_200_whatever_the_dependencies_say()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client.Http.GetAsync("/health/live")).StatusCode);
    }
}
