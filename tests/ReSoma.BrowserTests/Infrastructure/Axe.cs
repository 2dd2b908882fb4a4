using System.Text.Json;
using Microsoft.Playwright;

namespace ReSoma.BrowserTests.Infrastructure;

/// <summary>Runs axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules in a page (its context must bypass CSP to inject the script).</summary>
public static class Axe
{
    private const string Run =
        "async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] })).violations";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static string ScriptPath
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "axe.min.js");
            return File.Exists(path)
                ? path
                : throw new InvalidOperationException(
                    $"axe.min.js is missing from {AppContext.BaseDirectory}. Run `npm ci` at the repository root " +
                    "(it installs axe-core from package.json), then build the browser tests again.");
        }
    }

    /// <summary>Runs the rules; the script is added once per document (a second run on a resized page reuses it).</summary>
    public static async Task<IReadOnlyList<AxeViolation>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new() { Path = ScriptPath });
        }

        var result = await page.EvaluateAsync<JsonElement>(Run);
        return result.Deserialize<List<AxeViolation>>(Json) ?? [];
    }
}

public sealed record AxeViolation(string Id, string? Impact, string Help, IReadOnlyList<AxeNode> Nodes)
{
    public bool IsSeriousOrCritical => Impact is "serious" or "critical";

    public override string ToString() =>
        $"{Id} ({Impact}): {Help}{Environment.NewLine}" +
        string.Join(Environment.NewLine, Nodes.Select(n => $"    {n.Target.GetRawText()}"));
}

/// <summary>One element that breaks a rule; its target is a CSS selector path (nested for frames and shadow roots).</summary>
public sealed record AxeNode(JsonElement Target);
