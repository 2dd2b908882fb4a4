using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ReSoma.Faults;

namespace ReSoma.Load;

/// <summary>
/// <c>--scale-out</c>: the cached briefs list through nginx in front of two portal processes (one SQLite file, one
/// Redis), against nginx in front of one of them, each in ceiling/page pairs like every other figure. Debian's
/// redis-server and nginx are installed where missing, run on loopback ports from the work folder, and stopped after.
/// </summary>
public static class ScaleOutRun
{
    public const string Path1 = "/briefs";

    public static async Task<IReadOnlyList<PageResult>> RunAsync(string portalFolder, string work, Uri ceiling, LoadOptions options)
    {
        foreach (var (command, package) in new[] { ("redis-server", "redis-server"), ("nginx", "nginx") })
        {
            if (!Installed(command))
            {
                Console.WriteLine($"{command} is missing: apt-get install -y {package}");
                Run("apt-get", ["install", "-y", package]);
            }
        }

        var shared = Directory.CreateDirectory(Path.Combine(work, "scale-out")).FullName;
        var redisPort = PortalProcess.FreePort();
        using var redis = Start("redis-server", ["--port", redisPort.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]);
        var settings = new Dictionary<string, string>(FaultOptions.DefaultEnvironment)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Seed__DemoPassword"] = "Rs-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)) + "-7a",
            ["ConnectionStrings__Sqlite"] = "Data Source=" + Path.Combine(shared, "resoma.db"),
            ["Redis__Configuration"] = $"127.0.0.1:{redisPort}",
        };
        using var a = new PortalProcess(portalFolder, Directory.CreateDirectory(Path.Combine(shared, "a")).FullName, Path.Combine(shared, "portal-a.log"), settings);
        await a.StartAsync(); // migrates and seeds the demo content first, alone
        using var b = new PortalProcess(portalFolder, Directory.CreateDirectory(Path.Combine(shared, "b")).FullName, Path.Combine(shared, "portal-b.log"), settings);
        await b.StartAsync();

        var two = PortalProcess.FreePort();
        var one = PortalProcess.FreePort();
        var config = Path.Combine(shared, "nginx.conf");
        await File.WriteAllTextAsync(config, NginxConfig(shared, two, [a.Port, b.Port], one, a.Port));
        using var nginx = Start("nginx", ["-p", shared, "-c", config]);
        await WaitForAsync(new Uri($"http://127.0.0.1:{two}{Path1}"));
        Console.WriteLine($"scale-out: portals {a.Address} and {b.Address} on one SQLite file and Redis 127.0.0.1:{redisPort}; nginx 127.0.0.1:{two} (both), 127.0.0.1:{one} (A only)");

        var results = new List<PageResult>();
        foreach (var (name, port) in new[] { ("briefs via nginx, one portal", one), ("briefs via nginx, two portals", two) })
        {
            var runner = new PageRunner(ceiling, new Uri($"http://127.0.0.1:{port}/"), options, a.ProcessId);
            results.Add(await runner.RunAsync(new PageCase(name, Path1, SignedIn: false)));
        }

        Stop(nginx);
        Stop(redis);
        return results;
    }

    // One worker process per core, keep-alive to the portals, no access log (it would cost the proxy more than the page).
    private static string NginxConfig(string prefix, int twoPort, int[] both, int onePort, int only) => $$"""
        daemon off;
        worker_processes auto;
        pid {{prefix}}/nginx.pid;
        error_log {{prefix}}/nginx-error.log warn;
        events { worker_connections 1024; }
        http {
          access_log off;
          client_body_temp_path {{prefix}}/client-body;
          proxy_temp_path {{prefix}}/proxy;
          fastcgi_temp_path {{prefix}}/fastcgi;
          uwsgi_temp_path {{prefix}}/uwsgi;
          scgi_temp_path {{prefix}}/scgi;
          upstream two { least_conn; {{string.Join(" ", both.Select(p => $"server 127.0.0.1:{p};"))}} keepalive 64; }
          upstream one { server 127.0.0.1:{{only}}; keepalive 64; }
          server { listen 127.0.0.1:{{twoPort}}; location / { proxy_pass http://two; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host 127.0.0.1; } }
          server { listen 127.0.0.1:{{onePort}}; location / { proxy_pass http://one; proxy_http_version 1.1; proxy_set_header Connection ""; proxy_set_header Host 127.0.0.1; } }
        }
        """;

    private static async Task WaitForAsync(Uri url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 50; attempt++) // bounded: 10 s
        {
            try
            {
                if ((await http.GetAsync(url)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // nginx not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{url} did not answer through nginx; see the work folder's nginx-error.log.");
    }

    private static Process Start(string command, string[] arguments) =>
        Process.Start(new ProcessStartInfo(Which(command) ?? command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"Could not start {command}.");

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(5_000);
        }
    }

    private static void Run(string command, string[] arguments)
    {
        using var process = Start(command, arguments);
        process.WaitForExit((int)TimeSpan.FromMinutes(5).TotalMilliseconds);
    }

    private static bool Installed(string command) => Which(command) is not null;

    // nginx lives in /usr/sbin, which a non-login PATH may lack.
    private static string? Which(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Concat(["/usr/sbin", "/usr/bin"])
            .Select(folder => Path.Combine(folder, command)).FirstOrDefault(File.Exists);
}
