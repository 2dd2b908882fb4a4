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
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "resoma-tests", Guid.NewGuid().ToString("N"));
    private readonly PortalInstance _portal;

    public JsonConsoleLogTests()
    {
        _portal = new PortalInstance("json-logs", new Dictionary<string, string>
        {
            ["Storage:DataPath"] = _dataPath,
            ["Serilog:MinimumLevel:Default"] = "Information",
        }, environment: "Production");
    }

    [Fact]
    public async Task Every_console_line_is_json_and_the_request_line_carries_its_trace_id()
    {
        await _portal.StartAsync();
        using var http = new HttpClient { BaseAddress = _portal.Address, Timeout = TimeSpan.FromSeconds(30) };

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
        var lines = _portal.Lines;
        Assert.Contains(lines, line => line.Contains("ReSOMA portal is running.", StringComparison.Ordinal));
        foreach (var line in lines)
        {
            using var parsed = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, parsed.RootElement.ValueKind);
        }
    }

    private async Task<string?> WaitForLineAsync(Func<string, bool> matches)
    {
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(15); await Task.Delay(100))
        {
            var line = _portal.Lines.FirstOrDefault(matches);
            if (line is not null)
            {
                return line;
            }
        }

        return null;
    }

    public void Dispose()
    {
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
