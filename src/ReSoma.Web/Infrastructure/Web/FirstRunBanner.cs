using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using ReSoma.Web.Data.Seeding;

namespace ReSoma.Web.Infrastructure.Web;

public static class FirstRunBanner
{
    /// <summary>Once the portal listens, tells the person who started it where it is and how to log in.</summary>
    public static void PrintWhenStarted(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var first = addresses.FirstOrDefault()?.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal);
            var report = app.Services.GetRequiredService<FirstRunReport>();
            Console.WriteLine();
            Console.WriteLine("  ReSOMA portal is running.");
            foreach (var address in addresses)
            {
                Console.WriteLine($"  Open: {address}");
            }

            if (first is not null)
            {
                Console.WriteLine($"  Log in: {first.TrimEnd('/')}/account/login");
            }

            foreach (var line in report.Lines)
            {
                Console.WriteLine($"  {line}");
            }

            Console.WriteLine();
        });
    }
}
