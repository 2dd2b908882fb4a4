using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ReSoma.Tests.Deployment;

namespace ReSoma.Tests.Dashboards;

/// <summary>
/// The dashboards speak English and French: every text their views pass to the localizer has its entry in the folder's
/// Text.resx, and each entry a French translation that keeps the same placeholders. The compiled resources answer in
/// French when asked.
/// </summary>
public sealed partial class DashboardTextTests
{
    public static TheoryData<string> Folders => new() { "src/ReSoma.Web/Features/Dashboards/Editor", "src/ReSoma.Web/Features/Dashboards/Admin" };

    [Theory]
    [MemberData(nameof(Folders))]
    public void Every_text_of_the_views_has_an_English_entry_and_a_French_translation(string folder)
    {
        var root = Path.Combine(ComposeFile.RepositoryRoot, folder);
        var used = Directory.GetFiles(root, "*.cshtml").SelectMany(f => LocalizerKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)).ToHashSet();
        var english = Entries(Path.Combine(root, "Text.resx"));
        var french = Entries(Path.Combine(root, "Text.fr.resx"));

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(english.Keys));
        Assert.All(english, e => Assert.Equal(e.Key, e.Value));
        Assert.All(english.Keys, key =>
        {
            Assert.True(french.TryGetValue(key, out var translation) && !string.IsNullOrWhiteSpace(translation), $"No French for “{key}”");
            Assert.Equal(Placeholders(key), Placeholders(translation!));
        });
    }

    [Fact]
    public void The_compiled_resources_answer_in_French()
    {
        var editor = new ResourceManager("ReSoma.Web.Features.Dashboards.Editor.Text", typeof(Program).Assembly);
        var admin = new ResourceManager("ReSoma.Web.Features.Dashboards.Admin.Text", typeof(Program).Assembly);
        var french = CultureInfo.GetCultureInfo("fr");

        Assert.Equal("Complet", editor.GetString("Full", french));
        Assert.Equal("Full", editor.GetString("Full", CultureInfo.InvariantCulture));
        Assert.Equal("Tableau de bord de l’administration", admin.GetString("Administration dashboard", french));
    }

    private static Dictionary<string, string> Entries(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static List<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"Localizer\[""((?:[^""\\]|\\.)*)""")]
    private static partial Regex LocalizerKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
