using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Infrastructure.Usage;

namespace ReSoma.Tests.Usage;

/// <summary>The portal on a clock the test moves, where a request can say which address it comes from (X-Test-Remote,
/// the test server has none), and whose background writer stays out of the way: tests flush the queue themselves.</summary>
public sealed class UsageFactory : PortalFactory
{
    public const string RemoteHeader = "X-Test-Remote";
    public const string Browser = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    public const string Googlebot = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 10, 15, 0, TimeSpan.Zero));

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        [UsageRecorder.IntervalSetting] = "86400",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton<IStartupFilter, RemoteAddressFilter>();
        });
    }

    /// <summary>Empties what earlier tests left queued and the salts held for a database that was since restored.</summary>
    public void ForgetUsage()
    {
        var queue = Services.GetRequiredService<UsageQueue>();
        while (queue.Reader.TryRead(out _))
        {
        }

        Services.GetRequiredService<DailySalts>().Forget();
    }

    public Task<int> FlushAsync() => Services.GetRequiredService<UsageWriter>().FlushAsync();

    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                if (context.Request.Headers.TryGetValue(RemoteHeader, out var remote))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(remote.ToString());
                }

                await following(context);
            });
            next(app);
        };
    }
}
