using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ReSoma.Tests.Infrastructure;

/// <summary>The portal on a clock the tests move, for the publishing schedule. The clock is shared by a class's tests
/// and only goes forward (a timer set on it must never see time run back): each test starts a day after the last.</summary>
public sealed class PublishingPortalFactory : PortalFactory
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Moves the clock a day on, to a whole minute (the forms' times have no seconds), and returns it.</summary>
    public DateTimeOffset NextDay()
    {
        var next = Clock.GetUtcNow().AddDays(1);
        Clock.SetUtcNow(next.AddTicks(-(next.Ticks % TimeSpan.TicksPerMinute)).AddMinutes(1));
        return Clock.GetUtcNow();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}
