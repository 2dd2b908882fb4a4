using System.Xml.Linq;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Metadata;

namespace ReSoma.Web.Features.Oai;

/// <summary>
/// oai_datacite, the format DataCite's own OAI-PMH provider serves: its oai-1.1 wrapper around a kernel-4 resource,
/// the same resource as /briefs/{slug}/datacite.xml. The portal is no DataCite member, so the data centre symbol (which the
/// wrapper requires) is the repository identifier (docs/decisions/0038).
/// </summary>
public static class OaiDataCite
{
    public const string Prefix = "oai_datacite";
    public const string Schema = "http://schema.datacite.org/oai/oai-1.1/oai.xsd";
    public static readonly XNamespace Namespace = "http://schema.datacite.org/oai/oai-1.1/";

    public static XElement Metadata(OaiRecord record, OaiSite site)
    {
        var page = site.BriefUrl(record.Slug);
        var work = new DataCiteWork(
            record.Doi,
            page,
            record.Title,
            record.Authors.Select(a => new DataCiteCreator(a.Name, a.Organisation, a.Orcid)).ToList(),
            record.PublishedOn ?? DateOnly.FromDateTime(record.UpdatedAt.UtcDateTime),
            record.Series.DisplayName(),
            record.Subjects,
            record.Language,
            record.Licence,
            record.Summary,
            page + "/pdf");
        return new XElement(Namespace + "oai_datacite",
            new XAttribute("xmlns", Namespace.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", OaiXml.Xsi.NamespaceName),
            new XAttribute(OaiXml.Xsi + "schemaLocation", $"{Namespace.NamespaceName} {Schema}"),
            new XElement(Namespace + "schemaVersion", DataCiteXml.SchemaVersion),
            new XElement(Namespace + "datacentreSymbol", site.RepositoryIdentifier),
            new XElement(Namespace + "payload", DataCiteXml.Resource(work)));
    }
}
