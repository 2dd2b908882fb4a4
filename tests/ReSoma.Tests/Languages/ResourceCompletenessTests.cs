using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ReSoma.Tests.Languages;

/// <summary>
/// The interface's words, read from the source: every English resource key has its French, with the same
/// placeholders, and every key the code asks for is in its folder's English resource or the shared one. Adding a
/// language is adding its files; these tests then say what is missing.
/// </summary>
public sealed partial class ResourceCompletenessTests
{
    private static readonly string Web = Path.Combine(RepositoryRoot(), "src", "ReSoma.Web");

    public static TheoryData<string> Languages => ["fr"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_English_key_has_a_translation_with_the_same_placeholders(string language)
    {
        var problems = new List<string>();
        foreach (var english in EnglishResources())
        {
            var translated = Path.ChangeExtension(english, $".{language}.resx");
            if (!File.Exists(translated))
            {
                problems.Add($"{Relative(english)}: no {language} file");
                continue;
            }

            var entries = Entries(translated);
            foreach (var (key, _) in Entries(english))
            {
                if (!entries.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"{Relative(translated)}: no entry for \"{key}\"");
                }
                else if (!Placeholders(key).SetEquals(Placeholders(value)))
                {
                    problems.Add($"{Relative(translated)}: \"{key}\" → \"{value}\" has other placeholders");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>The resource build ignores case and silently drops the second of "Published" and "published", so the
    /// page would show English where the dropped key was asked for.</summary>
    [Fact]
    public void No_two_keys_differ_only_in_case()
    {
        var clashes = EnglishResources()
            .SelectMany(english => Entries(english).Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
                .Select(g => $"{Relative(english)}: {string.Join(" / ", g.Select(k => $"\"{k}\""))}"))
            .ToList();
        Assert.True(clashes.Count == 0, string.Join(Environment.NewLine, clashes));
    }

    [Fact]
    public void Every_key_the_code_asks_for_is_in_English()
    {
        var shared = Entries(Path.Combine(Web, "Features", "Shared", "Text.resx"));
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Web, "*.*", SearchOption.AllDirectories).Where(IsSource))
        {
            var folder = FolderOf(file);
            if (!File.Exists(Path.Combine(folder, "Text.resx")))
            {
                continue; // not translated yet: Every_folder_with_interface_text_has_its_resource says so
            }

            var own = Entries(Path.Combine(folder, "Text.resx"));
            foreach (var key in KeysUsedIn(File.ReadAllText(file)))
            {
                if (!own.ContainsKey(key) && !shared.ContainsKey(key))
                {
                    problems.Add($"{Relative(file)}: \"{key}\" is in neither {Relative(Path.Combine(folder, "Text.resx"))} nor the shared resource");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} keys missing:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void The_key_reader_finds_keys_as_the_code_writes_them()
    {
        const string source = """
            <p>@Localizer["Plain"]</p> @Localizer["With {0}", n] localizer["In C#"] _localizer["Field"]
            [Display(Name = "Shown name")] [Required(ErrorMessage = "Say something.")] @Localizer["Quote \"inside\""]
            """;
        Assert.Equal(["Plain", "With {0}", "In C#", "Field", "Quote \"inside\"", "Shown name", "Say something."], KeysUsedIn(source));
    }

    /// <summary>Keys as literals: <c>Localizer["…"]</c> in views and C#, display names and validation messages.</summary>
    public static List<string> KeysUsedIn(string source) =>
    [
        .. LocalizerCall().Matches(source).Select(m => Regex.Unescape(m.Groups[1].Value)),
        .. AttributeText().Matches(source).Select(m => Regex.Unescape(m.Groups[1].Value)),
    ];

    public static IEnumerable<string> EnglishResources() =>
        Directory.EnumerateFiles(Web, "Text.resx", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

    public static Dictionary<string, string> Entries(string resx) =>
        XDocument.Load(resx).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    /// <summary>The feature or infrastructure folder a file belongs to (its resource's folder).</summary>
    private static string FolderOf(string file)
    {
        var relative = Path.GetRelativePath(Web, file).Split(Path.DirectorySeparatorChar);
        return relative.Length >= 3 && relative[0] is "Features" or "Infrastructure"
            ? Path.Combine(Web, relative[0], relative[1])
            : Path.Combine(Web, "Features", "Shared");
    }

    private static bool IsSource(string file) =>
        (file.EndsWith(".cshtml", StringComparison.Ordinal) || file.EndsWith(".cs", StringComparison.Ordinal))
        && !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
        && !file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}");

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static string Relative(string path) => Path.GetRelativePath(Web, path);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ReSoma.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ReSoma.sln not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("""[Ll]ocalizer\["((?:[^"\\]|\\.)*)"[\],]""")]
    private static partial Regex LocalizerCall();

    [GeneratedRegex(@"(?:Display\(Name|ErrorMessage) = ""((?:[^""\\]|\\.)*)""")]
    private static partial Regex AttributeText();

    [GeneratedRegex(@"\{\d+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
