using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ReSoma.Faults;

/// <summary>
/// The published portal as its own process on 127.0.0.1, on a data folder that outlives it. <see cref="Kill"/> is
/// SIGKILL: no shutdown code runs, as in a crash or an out-of-memory kill. The end-to-end benchmark (bench/ReSoma.Load)
/// starts its plaintext ceiling app with it too: another <paramref name="assembly"/>, ready when <paramref name="readyPath"/> answers.
/// </summary>
public sealed class PortalProcess(string portalFolder, string dataFolder, string logFile, IReadOnlyDictionary<string, string> settings, string assembly = "ReSoma.Web.dll", string readyPath = "health") : IDisposable
{
    public const string DemoPassword = "Fault-Harness-Passw0rd";

    private readonly StreamWriter _log = new(logFile, append: true) { AutoFlush = true };
    private Process? _process;

    public int Port { get; } = FreePort();

    /// <summary>How long <see cref="StartAsync"/> waits for the app to answer; a large database starts slower.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(1);

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    public string DatabaseFile => Path.Combine(dataFolder, "resoma.db");

    /// <summary>The running process's id (for /proc/PID/status), or null when stopped.</summary>
    public int? ProcessId => _process is { HasExited: false } ? _process.Id : null;

    /// <summary>The checkout this program runs from: the folder above it that holds ReSoma.sln.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReSoma.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("ReSoma.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Publishes src/ReSoma.Web (or another project of the repository) in Release into <paramref name="output"/> (about half a minute).</summary>
    public static async Task PublishAsync(string repositoryRoot, string output, string project = "src/ReSoma.Web")
    {
        var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", Path.Combine(repositoryRoot, project), "-c", "Release", "-o", output, "--nologo", "-v", "quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output1 = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{await output1}\n{await errors}");
        }
    }

    /// <summary>Starts the portal and waits (at most <see cref="StartTimeout"/>) until /health answers 200.</summary>
    public async Task<TimeSpan> StartAsync()
    {
        var started = Stopwatch.StartNew();
        var info = new ProcessStartInfo("dotnet", [Path.Combine(portalFolder, assembly)])
        {
            WorkingDirectory = portalFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_URLS"] = Address.ToString().TrimEnd('/');
        info.Environment["Site__BaseUrl"] = Address.ToString(); // its public address; Production refuses to start without one
        info.Environment["Storage__DataPath"] = dataFolder;
        info.Environment["Seed__DemoAccounts"] = "true";
        info.Environment["Seed__DemoContent"] = "true";
        info.Environment["Seed__DemoPassword"] = DemoPassword;
        info.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            info.Environment[key] = value;
        }

        _process = Process.Start(info)!;
        Write($"--- start {DateTime.UtcNow:O}, pid {_process.Id}");
        _process.OutputDataReceived += (_, e) => Write(e.Data);
        _process.ErrorDataReceived += (_, e) => Write(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (started.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited with code {_process.ExitCode} while starting; see {logFile}.");
            }

            try
            {
                if ((await http.GetAsync(new Uri(Address, readyPath))).StatusCode == HttpStatusCode.OK)
                {
                    return started.Elapsed;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening, but busy starting.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The portal did not answer /{readyPath} within {StartTimeout.TotalSeconds:F0} s; see {logFile}.");
    }

    /// <summary>SIGKILL, and wait until the process is gone.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(); // SIGKILL on Linux
            _process.WaitForExit(10_000);
            Write($"--- killed {DateTime.UtcNow:O}");
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose()
    {
        Kill();
        _log.Dispose();
    }

    private void Write(string? line)
    {
        if (line is not null)
        {
            lock (_log)
            {
                _log.WriteLine(line);
            }
        }
    }

    /// <summary>A loopback port nothing listens on just now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
