using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ReSoma.Tests.Infrastructure;

/// <summary>
/// The demo portal as a first start seeds it on a day the test chooses: the clock stands at <paramref name="seededAt"/>
/// while the portal seeds and while the test reads its pages, so the demo's story can be checked on any date.
/// A sealed subclass per date gives each its own portal (xunit builds class fixtures without arguments).
/// </summary>
public abstract class DemoPortalAtFactory(DateTimeOffset seededAt) : PortalFactory
{
    public FakeTimeProvider Clock { get; } = new(seededAt);

    protected override bool SeedDemoContent => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>Mid-May: the current cycle is in its consultations.</summary>
public sealed class DemoPortalOn15May() : DemoPortalAtFactory(new DateTimeOffset(2027, 5, 15, 10, 0, 0, TimeSpan.Zero));

/// <summary>The last half hour of a year (UTC; already New Year in Brussels): the cycle is in publication.</summary>
public sealed class DemoPortalOnNewYearsEve() : DemoPortalAtFactory(new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero));

/// <summary>The first minutes of a year: the new cycle has only just opened.</summary>
public sealed class DemoPortalOnNewYearsDay() : DemoPortalAtFactory(new DateTimeOffset(2027, 1, 1, 0, 5, 0, TimeSpan.Zero));

/// <summary>Long after the seeds' own dates, in the synthesis of that year's cycle.</summary>
public sealed class DemoPortalIn2031() : DemoPortalAtFactory(new DateTimeOffset(2031, 9, 17, 8, 0, 0, TimeSpan.Zero));

/// <summary>A clock that says 2019, inside the history: only the history is seeded.</summary>
public sealed class DemoPortalIn2019() : DemoPortalAtFactory(new DateTimeOffset(2019, 6, 1, 12, 0, 0, TimeSpan.Zero));
