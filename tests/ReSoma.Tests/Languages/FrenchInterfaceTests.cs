using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ReSoma.Tests.Infrastructure;
using ReSoma.Tests.Security.BadInput;
using Xunit.Abstractions;

namespace ReSoma.Tests.Languages;

/// <summary>
/// Every page a GET reaches, taken from the endpoint data source (so a new page is checked without anyone adding it),
/// rendered in French as the role that may see it, on the demo content: no English interface text is left. Content
/// keeps its own language and is marked with <c>lang</c>; what is inside such an element is not interface and is skipped,
/// and so is the same text where no <c>lang</c> can mark it (the page's title, an attribute).
/// English is found two ways: an English resource value whose French differs appears as a whole text, or a text
/// holds English words that French never uses (a string nobody put through a resource).
/// </summary>
public sealed partial class FrenchInterfaceTests(BadInputTests.WalkPortalFactory factory, ITestOutputHelper output) : PortalTest<BadInputTests.WalkPortalFactory>(factory)
{
    private static readonly string[] ReadAttributes = ["placeholder", "aria-label", "title", "alt"];

    /// <summary>Pages whose translation is not finished (issue 18 goes on): they are still rendered and reported in
    /// the log, but do not fail the test. Every other page must be fully French, and stays so.</summary>
    private static readonly HashSet<string> NotYetTranslated =
    [];

    [Fact]
    public async Task No_page_shows_English_interface_text_in_French()
    {
        var samples = await RouteSamples.LoadAsync(Factory, DateTimeOffset.UtcNow);
        var english = EnglishOnlyTexts();
        var pages = (await WalkedEndpoints.FindAsync(Factory.Services)).Where(e => e.Method == "GET").ToList();
        var clients = new Dictionary<string, PortalClient>();
        var problems = new List<string>();
        var checkedPages = 0;
        var pending = new List<string>();

        foreach (var endpoint in pages)
        {
            var role = endpoint.Role ?? "anonymous";
            if (!clients.TryGetValue(role, out var client))
            {
                client = NewClient();
                if (endpoint.Role is not null)
                {
                    await client.LoginAsRoleAsync(endpoint.Role);
                }

                await client.GetAsync("/?culture=fr"); // the switch's link: sets the culture cookie
                clients[role] = client;
            }

            var path = WalkPlan.PathOf(endpoint.Route, samples, null, null);
            var response = await client.Http.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            checkedPages++;
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.True(document.DocumentElement.GetAttribute("lang") == "fr", $"{path} ({role}) is not marked French");
            var found = EnglishIn(document, english).Distinct().Select(text => $"{path} ({role}): \"{text}\"").ToList();
            if (NotYetTranslated.Contains(endpoint.Template))
            {
                pending.Add($"{endpoint.Template}: {found.Count}");
                pending.AddRange(found.Select(text => "    " + text));
                continue;
            }

            problems.AddRange(found);
        }

        output.WriteLine($"{checkedPages} pages checked in French; {problems.Count} English texts found; {pending.Count} pages not yet translated:");
        pending.ForEach(output.WriteLine);
        problems.ForEach(output.WriteLine);
        Assert.True(checkedPages > 40, $"only {checkedPages} pages were checked");
        Assert.True(problems.Count == 0, $"{problems.Count} English interface texts on French pages:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Take(300))}");
    }

    [Fact]
    public void The_detector_finds_English_and_leaves_French_and_marked_content_alone()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("""
            <html lang="fr"><head><title>Citer : The state of the art – ReSOMA</title></head><body><h1>Notes d’orientation</h1><p>Read the brief</p><button aria-label="Close the window">x</button>
            <article lang="en"><h2>The state of the art</h2></article><p>Log out</p><a href="#" aria-label="Retirer le lien vers The state of the art">x</a></body></html>
            """);
        var found = EnglishIn(document, new HashSet<string> { "Log out" }).ToList();
        Assert.Equal(["Read the brief", "Log out", "Close the window"], found);
    }

    /// <summary>Interface texts whose French is not the same as their English (so "Notifications" or "ReSOMA" do not count).</summary>
    private static HashSet<string> EnglishOnlyTexts()
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var resource in ResourceCompletenessTests.EnglishResources())
        {
            var french = ResourceCompletenessTests.Entries(Path.ChangeExtension(resource, ".fr.resx"));
            foreach (var (key, value) in ResourceCompletenessTests.Entries(resource))
            {
                if (value.Length >= 3 && !value.Contains('{') && !value.Contains('<') && french.GetValueOrDefault(key) != value)
                {
                    texts.Add(value);
                }
            }
        }

        return texts;
    }

    private static IEnumerable<string> EnglishIn(IDocument document, HashSet<string> english)
    {
        var marked = document.QuerySelectorAll("[lang]:not(html)").Where(e => !(e.GetAttribute("lang") ?? "").StartsWith("fr", StringComparison.Ordinal)).ToList();
        // Content the page marks is still content where no lang can reach it: in the document's title ("Modifier : …"),
        // an attribute or an SVG title naming the same item. Those texts are read without it.
        var content = marked.Select(e => Whitespace().Replace(e.TextContent, " ").Trim()).Where(t => t.Length >= 4)
            .Distinct(StringComparer.Ordinal).OrderByDescending(t => t.Length).ToList();
        foreach (var element in marked)
        {
            element.Remove();
        }

        foreach (var skipped in document.QuerySelectorAll("script, style, code, pre, textarea, [translate=no]").ToList())
        {
            skipped.Remove();
        }

        var texts = document.Body!.Descendants<IText>().Select(t => t.Data)
            .Concat(document.QuerySelectorAll("*").SelectMany(e => ReadAttributes.Select(e.GetAttribute)).OfType<string>())
            .Concat(document.QuerySelectorAll("input[type=submit], input[type=button]").Select(e => e.GetAttribute("value")).OfType<string>())
            .Append(document.Title ?? "")
            .Select(t => Whitespace().Replace(t, " ").Trim())
            .Select(t => content.Aggregate(t, (text, c) => text.Replace(c, "", StringComparison.Ordinal)).Trim())
            .Where(t => t.Length > 0);
        foreach (var text in texts)
        {
            if (english.Contains(text) || EnglishWords().IsMatch(text))
            {
                yield return text;
            }
        }
    }

    // Words French does not use; two or more in one text, or one in a short label, is English left behind.
    [GeneratedRegex(@"\b(the|and|your|with|this|that|from|you|are|for|not|has|have|will|been|there|which|when|what|yet|here|Read|Show|Hide|Edit|Save|Sign|Log|Delete|View|Back|Next|Previous|Send|Choose|Enter|Add|Remove|Download|Open|Close|Yes|No one|none|Published|Draft|Scheduled)\b")]
    private static partial Regex EnglishWords();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
