using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Logging;

/// <summary>
/// The portal as it runs in production: its own process, environment Production, its console read as a log collector
/// reads it. Every line is one JSON object, and the request's line carries the request's trace and span ids.
/// </summary>
public sealed class JsonConsoleLogTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "resoma-tests", Guid.NewGuid().ToString("N"));
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly Process _portal;
    private readonly Uri _address = new($"http://127.0.0.1:{LoopbackPort.Free()}");

    public JsonConsoleLogTests()
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ReSoma.Web.dll"), "--urls", _address.ToString()])
        {
            WorkingDirectory = AppContext.BaseDirectory, // appsettings.json beside the assembly
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Storage__DataPath"] = _dataPath;
        info.Environment["Site__BaseUrl"] = _address.ToString();
        info.Environment["Serilog__MinimumLevel__Default"] = "Information";
        _portal = Process.Start(info)!;
        _portal.OutputDataReceived += (_, e) => Keep(e.Data);
        _portal.ErrorDataReceived += (_, e) => Keep(e.Data);
        _portal.BeginOutputReadLine();
        _portal.BeginErrorReadLine();
    }

    [Fact]
    public async Task Every_console_line_is_json_and_the_request_line_carries_its_trace_id()
    {
        using var http = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(30) };
        await WaitUntilLiveAsync(http);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/privacy")).StatusCode);
        var request = await WaitForLineAsync(line => line.Contains("\"RequestPath\":\"/privacy\"", StringComparison.Ordinal));

        Assert.NotNull(request);
        using (var json = JsonDocument.Parse(request))
        {
            Assert.Matches("^[0-9a-f]{32}$", json.RootElement.GetProperty("@tr").GetString());
            Assert.Matches("^[0-9a-f]{16}$", json.RootElement.GetProperty("@sp").GetString());
            Assert.Equal(200, json.RootElement.GetProperty("StatusCode").GetInt32());
        }

        // The start-up lines too (the "portal is running" banner among them): a collector reads nothing but JSON.
        Assert.Contains(_lines, line => line.Contains("ReSOMA portal is running.", StringComparison.Ordinal));
        foreach (var line in _lines)
        {
            using var parsed = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, parsed.RootElement.ValueKind);
        }
    }

    private void Keep(string? line)
    {
        if (!string.IsNullOrEmpty(line))
        {
            _lines.Enqueue(line);
        }
    }

    private async Task WaitUntilLiveAsync(HttpClient http)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            Assert.False(_portal.HasExited, "the portal exited while starting:\n" + string.Join('\n', _lines));
            try
            {
                if ((await http.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail($"the portal did not answer /health/live within {StartTimeout.TotalSeconds} s:\n" + string.Join('\n', _lines));
    }

    private async Task<string?> WaitForLineAsync(Func<string, bool> matches)
    {
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(15); await Task.Delay(100))
        {
            var line = _lines.FirstOrDefault(matches);
            if (line is not null)
            {
                return line;
            }
        }

        return null;
    }

    public void Dispose()
    {
        if (!_portal.HasExited)
        {
            _portal.Kill(entireProcessTree: true);
            _portal.WaitForExit(10_000);
        }

        _portal.Dispose();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
