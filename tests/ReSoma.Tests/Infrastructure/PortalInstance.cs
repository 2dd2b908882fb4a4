using System.Diagnostics;
using System.Net;

namespace ReSoma.Tests.Infrastructure;

/// <summary>
/// The portal as its own process (the ReSoma.Web build next to this test build), listening on a free loopback port,
/// as one of several instances behind a load balancer would run, or as production runs it. Killed by its process id
/// on dispose.
/// </summary>
public sealed class PortalInstance(string name, IReadOnlyDictionary<string, string> settings, string environment = "Development") : IDisposable
{
    private const int KeptLines = 5_000;
    private readonly List<string> _output = [];
    private Process? _process;

    public int Port { get; } = LoopbackPort.Free();

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>What the process wrote so far, for a failing assertion's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output.TakeLast(60));
            }
        }
    }

    /// <summary>Every line the process wrote so far (stdout and stderr), up to the first 5,000.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    /// <summary>Starts the process and waits, at most a minute, until /health answers 200.</summary>
    public async Task StartAsync()
    {
        var dll = WebBuild();
        var info = new ProcessStartInfo("dotnet", [dll]) { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        info.Environment["ASPNETCORE_URLS"] = Address.ToString().TrimEnd('/');
        info.Environment["Site__BaseUrl"] = Address.ToString(); // its public address; Production refuses to start without one
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Portal {name} exited with code {_process.ExitCode} while starting:\n{Output}");
            }

            try
            {
                if ((await http.GetAsync(new Uri(Address, "health"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or busy starting.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Portal {name} did not answer /health within a minute:\n{Output}");
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process?.Dispose();
    }

    // src/ReSoma.Web/bin/<configuration>/net10.0/ReSoma.Web.dll, built with this test project (its project reference).
    private static string WebBuild()
    {
        var testBuild = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = testBuild.Parent!.Name;
        var root = testBuild;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ReSoma.sln")))
        {
            root = root.Parent;
        }

        var dll = Path.Combine(root?.FullName ?? throw new InvalidOperationException("ReSoma.sln not found above " + testBuild.FullName),
            "src", "ReSoma.Web", "bin", configuration, testBuild.Name, "ReSoma.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("The portal's build was not found; build the solution first.", dll);
    }

    private void Keep(string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return;
        }

        lock (_output)
        {
            if (_output.Count < KeptLines)
            {
                _output.Add(line);
            }
        }
    }
}
