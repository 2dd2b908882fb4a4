using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ReSoma.Web.Data.Seeding;
using ReSoma.Web.Infrastructure.Logging;

namespace ReSoma.Web.Infrastructure.Web;

public static partial class FirstRunBanner
{
    /// <summary>Once the portal listens, tells the person who started it where it is and how to log in. Where the
    /// console is a JSON log (<see cref="LoggingSetup.WritesJson"/>), the same lines are log events, so that every line
    /// of the output stays one JSON object.</summary>
    public static void PrintWhenStarted(this WebApplication app)
    {
        var json = LoggingSetup.WritesJson(app.Configuration, app.Environment);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var first = addresses.FirstOrDefault()?.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal);
            var report = app.Services.GetRequiredService<FirstRunReport>();
            var lines = new List<string> { "ReSOMA portal is running." };
            lines.AddRange(addresses.Select(address => $"Open: {address}"));
            if (first is not null)
            {
                lines.Add($"Log in: {first.TrimEnd('/')}/account/login");
            }

            lines.AddRange(report.Lines);
            if (json)
            {
                var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FirstRunBanner));
                lines.ForEach(line => Started(logger, line));
                return;
            }

            Console.WriteLine();
            lines.ForEach(line => Console.WriteLine($"  {line}"));
            Console.WriteLine();
        });
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Line}")]
    private static partial void Started(ILogger logger, string line);
}
