using System.Globalization;
using System.Xml.Linq;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Metadata;

namespace ReSoma.Web.Features.Oai;

/// <summary>Unqualified Dublin Core, the format every OAI-PMH repository must offer. The licence is dc:rights (its
/// deed's address, as OpenAIRE's guidelines ask) and a DOI a further dc:identifier (its https://doi.org/ address).</summary>
public static class OaiDublinCore
{
    public const string Prefix = "oai_dc";
    public const string Schema = "http://www.openarchives.org/OAI/2.0/oai_dc.xsd";
    public static readonly XNamespace OaiDcNamespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public static readonly XNamespace DcNamespace = "http://purl.org/dc/elements/1.1/";

    public static XElement Metadata(OaiRecord record, OaiSite site)
    {
        var page = site.BriefUrl(record.Slug);
        var published = record.PublishedOn ?? DateOnly.FromDateTime(record.UpdatedAt.UtcDateTime);
        return new XElement(OaiDcNamespace + "dc",
            new XAttribute(XNamespace.Xmlns + "oai_dc", OaiDcNamespace.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "dc", DcNamespace.NamespaceName),
            new XAttribute(OaiXml.Xsi + "schemaLocation", $"{OaiDcNamespace.NamespaceName} {Schema}"),
            Dc("title", record.Title),
            record.Authors.Select(a => Dc("creator", Creator(a.Name))),
            record.Subjects.Select(s => Dc("subject", s)),
            string.IsNullOrWhiteSpace(record.Summary) ? null : Dc("description", record.Summary),
            Dc("publisher", Publishing.Publisher),
            Dc("date", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Dc("type", "Text"),
            Dc("type", record.Series.DisplayName()),
            Dc("format", "application/pdf"),
            Dc("identifier", page),
            Dc("identifier", page + "/pdf"),
            record.Doi is null ? null : Dc("identifier", Doi.Url(record.Doi)),
            Dc("language", record.Language),
            Dc("relation", site.TopicUrl(record.TopicSlug)),
            Dc("rights", record.Licence.Url()));
    }

    /// <summary>"Family, Given", the form catalogues sort by; a single name stays as it is.</summary>
    public static string Creator(string name)
    {
        var person = PersonName.Parse(name);
        return person.Given.Length == 0 ? person.Family : $"{person.Family}, {person.Given}";
    }

    private static XElement Dc(string name, string value) => new(DcNamespace + name, XmlText.Clean(value));
}
