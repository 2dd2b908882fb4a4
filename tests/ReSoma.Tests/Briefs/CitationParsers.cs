using System.Text;

namespace ReSoma.Tests.Briefs;

/// <summary>Just enough BibTeX and RIS parsing to prove the portal's output reads back to what it meant.</summary>
public static class CitationParsers
{
    /// <summary>Parses one BibTeX entry: type, key and brace-delimited fields; LaTeX escapes are undone.</summary>
    public static (string Type, string Key, Dictionary<string, string> Fields) BibTeX(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var open = text.IndexOf('{', at);
        var comma = text.IndexOf(',', open);
        var type = text[(at + 1)..open].Trim();
        var key = text[(open + 1)..comma].Trim();
        var fields = new Dictionary<string, string>();
        var i = comma + 1;
        while (true)
        {
            var equals = text.IndexOf('=', i);
            if (equals < 0)
            {
                break;
            }

            var name = text[i..equals].Trim().TrimStart(',').Trim();
            var start = text.IndexOf('{', equals);
            var depth = 0;
            var value = new StringBuilder();
            var j = start;
            for (; j < text.Length; j++)
            {
                var c = text[j];
                if (c == '\\' && j + 1 < text.Length)
                {
                    value.Append(c).Append(text[j + 1]);
                    j++;
                    continue;
                }

                if (c == '{')
                {
                    depth++;
                    if (depth == 1)
                    {
                        continue;
                    }
                }
                else if (c == '}')
                {
                    depth--;
                    if (depth == 0)
                    {
                        break;
                    }
                }

                value.Append(c);
            }

            Assert.True(depth == 0, $"Unbalanced braces in field {name}");
            fields[name] = Unescape(value.ToString());
            i = j + 1;
        }

        Assert.Equal('}', text.TrimEnd()[^1]);
        return (type, key, fields);
    }

    public static List<(string Tag, string Value)> Ris(string text)
    {
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Matches("^[A-Z][A-Z0-9]  - ", l));
        Assert.Equal("TY  - RPRT", lines[0]);
        Assert.Equal("ER  - ", lines[^1]);
        return lines.Select(l => (l[..2], l[6..])).ToList();
    }

    private static string Unescape(string value) => value
        .Replace(@"\textbackslash{}", "\\", StringComparison.Ordinal)
        .Replace(@"\textasciitilde{}", "~", StringComparison.Ordinal)
        .Replace(@"\textasciicircum{}", "^", StringComparison.Ordinal)
        .Replace(@"\{", "{", StringComparison.Ordinal).Replace(@"\}", "}", StringComparison.Ordinal)
        .Replace(@"\&", "&", StringComparison.Ordinal).Replace(@"\%", "%", StringComparison.Ordinal)
        .Replace(@"\$", "$", StringComparison.Ordinal).Replace(@"\#", "#", StringComparison.Ordinal)
        .Replace(@"\_", "_", StringComparison.Ordinal);
}
