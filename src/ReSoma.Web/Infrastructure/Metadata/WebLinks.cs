using System.Text;

namespace ReSoma.Web.Infrastructure.Metadata;

/// <summary>One typed link of an HTTP <c>Link</c> header (RFC 8288): absolute target, relation, optional media type.</summary>
public sealed record WebLink(string Target, string Relation, string? Type = null);

/// <summary>Writes the <c>Link</c> header value: <c>&lt;target&gt;; rel="..."; type="..."</c>, comma-separated.</summary>
public static class WebLinks
{
    public static string Header(IEnumerable<WebLink> links)
    {
        var value = new StringBuilder();
        foreach (var link in links)
        {
            if (value.Length > 0)
            {
                value.Append(", ");
            }

            // Targets are absolute http(s) URLs built by the portal; '>' and spaces cannot occur in them.
            value.Append('<').Append(link.Target).Append(">; rel=\"").Append(link.Relation).Append('"');
            if (link.Type is not null)
            {
                value.Append("; type=\"").Append(link.Type).Append('"');
            }
        }

        return value.ToString();
    }
}
