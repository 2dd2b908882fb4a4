using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace ReSoma.Tests.Deployment;

/// <summary>docker-compose.yml as compose reads it: anchors and <c>&lt;&lt;</c> merges resolved, one map per service.</summary>
public sealed class ComposeFile
{
    private ComposeFile(string text, Dictionary<object, object> root)
    {
        Text = text;
        Services = ((Dictionary<object, object>)root["services"]).ToDictionary(s => (string)s.Key, s => (Dictionary<object, object>)s.Value);
    }

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The file's text, as written (before compose interpolates <c>${VAR}</c>).</summary>
    public string Text { get; }

    public IReadOnlyDictionary<string, Dictionary<object, object>> Services { get; }

    public static ComposeFile Load()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot, "docker-compose.yml"));
        using var reader = new StringReader(text);
        var root = new DeserializerBuilder().Build().Deserialize<Dictionary<object, object>>(new MergingParser(new Parser(reader)));
        return new ComposeFile(text, root);
    }

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot, relativePath));

    public IReadOnlyDictionary<string, string> Environment(string service) =>
        Services[service].TryGetValue("environment", out var environment)
            ? ((Dictionary<object, object>)environment).ToDictionary(e => (string)e.Key, e => (string)e.Value)
            : new Dictionary<string, string>();

    /// <summary>The condition each dependency of <paramref name="service"/> waits for.</summary>
    public IReadOnlyDictionary<string, string> DependsOn(string service) =>
        Services[service].TryGetValue("depends_on", out var dependsOn)
            ? ((Dictionary<object, object>)dependsOn).ToDictionary(d => (string)d.Key, d => (string)((Dictionary<object, object>)d.Value)["condition"])
            : new Dictionary<string, string>();

    public static string? Value(Dictionary<object, object> map, params string[] path)
    {
        object? node = map;
        foreach (var key in path)
        {
            node = node is Dictionary<object, object> m && m.TryGetValue(key, out var next) ? next : null;
        }

        return node switch
        {
            null => null,
            string s => s,
            List<object> list => string.Join(" ", list),
            _ => node.ToString(),
        };
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ReSoma.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No ReSoma.sln above {AppContext.BaseDirectory}.");
    }
}
