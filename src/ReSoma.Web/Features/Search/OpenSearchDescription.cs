using System.Xml.Linq;

namespace ReSoma.Web.Features.Search;

/// <summary>An OpenSearch 1.1 description: browsers that find it (the layout's <c>&lt;link rel="search"&gt;</c>)
/// can search the portal from their address bar.</summary>
public static class OpenSearchDescription
{
    public const string ContentType = "application/opensearchdescription+xml";

    private static readonly XNamespace Ns = "http://a9.com/-/spec/opensearch/1.1/";

    public static string Write(string siteRoot)
    {
        var description = new XElement(Ns + "OpenSearchDescription",
            new XElement(Ns + "ShortName", "ReSOMA"),
            new XElement(Ns + "Description", "Search ReSOMA's topics, policy briefs, consultations, interviews, events and news."),
            new XElement(Ns + "InputEncoding", "UTF-8"),
            new XElement(Ns + "Url", new XAttribute("type", "text/html"), new XAttribute("method", "get"),
                new XAttribute("template", siteRoot + "/search?q={searchTerms}")),
            new XElement(Ns + "Url", new XAttribute("type", ContentType), new XAttribute("rel", "self"),
                new XAttribute("template", siteRoot + "/opensearch.xml")));
        return new XDeclaration("1.0", "utf-8", null) + Environment.NewLine + description;
    }
}
