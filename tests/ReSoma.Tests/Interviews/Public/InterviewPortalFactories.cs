using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Interviews.Public;

/// <summary>
/// The portal for tests that send many answers: one rate limiter serves the whole test class (all test clients share
/// one address), so its limit is raised out of the way here and tested on its own in <see cref="RateLimitedPortalFactory"/>.
/// </summary>
public sealed class InterviewPortalFactory : PortalFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["RateLimits:QuestionnaireAnswers:PermitLimit"] = "100000",
    };
}

/// <summary>Three answers per ten minutes from one address.</summary>
public sealed class RateLimitedPortalFactory : PortalFactory
{
    public const int Limit = 3;

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["RateLimits:QuestionnaireAnswers:PermitLimit"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:QuestionnaireAnswers:WindowSeconds"] = "600",
    };
}

/// <summary>The portal on a clock the test sets, for "this month".</summary>
public sealed class ClockedInterviewPortalFactory : PortalFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 5, 15, 10, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
