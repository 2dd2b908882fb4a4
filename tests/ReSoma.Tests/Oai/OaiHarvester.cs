using System.Net;
using System.Xml.Linq;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Oai;

/// <summary>Talks to /oai as a harvester does and checks what every answer must be: 200, text/xml, an OAI-PMH root.</summary>
public static class OaiHarvester
{
    public static readonly XNamespace Pmh = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    public static readonly XNamespace OaiIdentifier = "http://www.openarchives.org/OAI/2.0/oai-identifier";

    public static async Task<XDocument> OaiAsync(this PortalClient client, string query) =>
        await ReadAsync(await client.Http.GetAsync("/oai?" + query));

    public static async Task<XDocument> OaiPostAsync(this PortalClient client, HttpContent content) =>
        await ReadAsync(await client.Http.PostAsync("/oai", content));

    public static Task<XDocument> OaiPostAsync(this PortalClient client, params (string Name, string Value)[] fields) =>
        client.OaiPostAsync(new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));

    public static async Task<XDocument> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var document = XDocument.Parse(body);
        Assert.Equal(Pmh + "OAI-PMH", document.Root!.Name);
        return document;
    }

    public static XElement Child(this XDocument document, string name) => document.Root!.Element(Pmh + name)!;

    /// <summary>The codes of the error elements, empty when the answer is not an error.</summary>
    public static IReadOnlyList<string> Errors(this XDocument document) =>
        document.Root!.Elements(Pmh + "error").Select(e => (string)e.Attribute("code")!).ToList();

    public static IReadOnlyList<XElement> Headers(this XDocument document) => document.Root!.Descendants(Pmh + "header").ToList();

    public static IReadOnlyList<string> Identifiers(this XDocument document) =>
        document.Headers().Select(h => h.Element(Pmh + "identifier")!.Value).ToList();

    public static XElement? Token(this XDocument document) => document.Root!.Descendants(Pmh + "resumptionToken").SingleOrDefault();

    public static IReadOnlyList<string> DcValues(this XElement record, string name) =>
        record.Descendants(Dc + name).Select(e => e.Value).ToList();

    public static string Slug(string identifier) => identifier[(identifier.LastIndexOf('/') + 1)..];
}
