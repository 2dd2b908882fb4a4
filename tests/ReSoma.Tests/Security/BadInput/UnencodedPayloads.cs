using AngleSharp.Html.Parser;

namespace ReSoma.Tests.Security.BadInput;

/// <summary>
/// Finds the corpus's markup where a browser would act on it: as an element or handler in an HTML page, as a script,
/// as a <c>javascript:</c> link, or raw in HTML or XML. Downloads (CSV, calendars, PDF, JSON) are not rendered as
/// markup, so text in them is data, not an injection.
/// </summary>
public static class UnencodedPayloads
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster"];

    public static IReadOnlyList<string> Find(string? mediaType, string body)
    {
        var problems = new List<string>();
        if (IsXml(mediaType) || IsHtml(mediaType))
        {
            if (body.Contains("<" + BadInputCorpus.ProbeTag, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"the raw <{BadInputCorpus.ProbeTag}> tag is in the response");
            }

            if (body.Contains(BadInputCorpus.ScriptProbe, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("the raw <script>probe()</script> is in the response");
            }
        }

        // Parsing every page is most of the walk's cost; a page without any trace of the probes cannot hold one.
        if (!IsHtml(mediaType) || !(body.Contains("probe", StringComparison.OrdinalIgnoreCase) || body.Contains("script:", StringComparison.OrdinalIgnoreCase)))
        {
            return problems;
        }

        var document = Parser.ParseDocument(body);
        foreach (var element in document.All)
        {
            if (element.LocalName.StartsWith("x-probe", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"an injected <{element.LocalName}> element");
            }

            if (element.LocalName == "script" && element.TextContent.Contains("probe", StringComparison.Ordinal))
            {
                problems.Add("a <script> running the probe");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.Equals("onmouseover", StringComparison.OrdinalIgnoreCase))
                {
                    problems.Add($"an injected onmouseover handler on <{element.LocalName}>");
                }
                else if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && IsScriptUrl(attribute.Value))
                {
                    problems.Add($"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
        }

        return problems;
    }

    /// <summary>Browsers ignore leading blanks and control characters, and tabs or newlines inside the scheme.</summary>
    public static bool IsScriptUrl(string? value)
    {
        var squeezed = new string((value ?? "").Where(c => c > ' ').ToArray());
        return squeezed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || squeezed.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsHtml(string? mediaType) => mediaType is "text/html" or "application/xhtml+xml";

    private static bool IsXml(string? mediaType) => mediaType is not null && (mediaType.EndsWith("/xml", StringComparison.Ordinal) || mediaType.EndsWith("+xml", StringComparison.Ordinal));
}
