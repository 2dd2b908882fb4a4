using System.Net;
using System.Text.Json;

namespace ReSoma.Tests.Health;

/// <summary>What <c>/health/ready</c> answered: its status code, overall status and each check's status.</summary>
public sealed record Readiness(HttpStatusCode Code, string Status, IReadOnlyDictionary<string, string> Checks, string Body, TimeSpan Took)
{
    public static async Task<Readiness> AskAsync(HttpClient http)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await http.GetAsync("/health/ready");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body);
        var checks = json.RootElement.GetProperty("entries").EnumerateObject()
            .ToDictionary(e => e.Name, e => e.Value.GetProperty("status").GetString()!);
        return new Readiness(response.StatusCode, json.RootElement.GetProperty("status").GetString()!, checks, body, clock.Elapsed);
    }
}
