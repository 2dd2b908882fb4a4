using System.Xml.Linq;
using static ReSoma.Web.Features.Oai.OaiXml;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Metadata;

namespace ReSoma.Web.Features.Oai;

/// <summary>The answers that describe the repository rather than its records: Identify, formats and sets.</summary>
public static class OaiDescriptions
{
    private static readonly XNamespace OaiIdentifier = "http://www.openarchives.org/OAI/2.0/oai-identifier";

    /// <summary>Shown when no brief is public yet: the year ReSOMA began, before any brief it can publish.</summary>
    public static readonly DateTimeOffset FallbackEarliestDatestamp = new(2018, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static XElement Identify(OaiSite site, string adminEmail, DateTimeOffset earliest) =>
        new(Pmh + "Identify",
            new XElement(Pmh + "repositoryName", Publishing.Publisher),
            new XElement(Pmh + "baseURL", site.BaseUrl),
            new XElement(Pmh + "protocolVersion", "2.0"),
            new XElement(Pmh + "adminEmail", XmlText.Clean(adminEmail)),
            new XElement(Pmh + "earliestDatestamp", OaiDate.Format(earliest)),
            // Withdrawn briefs stay listed as deleted records for as long as the portal runs.
            new XElement(Pmh + "deletedRecord", "persistent"),
            new XElement(Pmh + "granularity", "YYYY-MM-DDThh:mm:ssZ"),
            new XElement(Pmh + "description",
                new XElement(OaiIdentifier + "oai-identifier",
                    new XAttribute("xmlns", OaiIdentifier.NamespaceName),
                    new XAttribute(Xsi + "schemaLocation", $"{OaiIdentifier.NamespaceName} http://www.openarchives.org/OAI/2.0/oai-identifier.xsd"),
                    new XElement(OaiIdentifier + "scheme", "oai"),
                    new XElement(OaiIdentifier + "repositoryIdentifier", site.RepositoryIdentifier),
                    new XElement(OaiIdentifier + "delimiter", ":"),
                    new XElement(OaiIdentifier + "sampleIdentifier", site.Identifier("managing-asylum-reception")))));

    public static XElement ListMetadataFormats() =>
        new(Pmh + "ListMetadataFormats",
            OaiFormat.All.Select(f => new XElement(Pmh + "metadataFormat",
                new XElement(Pmh + "metadataPrefix", f.Prefix),
                new XElement(Pmh + "schema", f.Schema),
                new XElement(Pmh + "metadataNamespace", f.Namespace))));

    public static XElement ListSets() =>
        new(Pmh + "ListSets",
            OaiSets.All.Select(s => new XElement(Pmh + "set",
                new XElement(Pmh + "setSpec", s.Spec),
                new XElement(Pmh + "setName", s.Name))));
}
