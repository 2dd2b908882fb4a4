using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Metadata;

/// <summary>An author as DataCite names one: "Family, Given", the ORCID iD as its address, the affiliation by name.</summary>
public sealed record DataCiteCreator(string Name, string? Organisation, string? Orcid);

/// <summary>A published work described for DataCite: the brief's export and the OAI-PMH oai_datacite format share it.</summary>
public sealed record DataCiteWork(
    string? Doi,
    string Url,
    string Title,
    IReadOnlyList<DataCiteCreator> Creators,
    DateOnly Issued,
    string ResourceType,
    IReadOnlyList<string> Subjects,
    string Language,
    BriefLicence Licence,
    string Abstract,
    string? PdfUrl);

/// <summary>
/// DataCite Metadata Schema 4.5 (kernel-4): the six mandatory properties (identifier, creators, titles, publisher,
/// publicationYear, resourceType) and the recommended ones the portal knows. Without a DOI the identifier is the page's
/// URL (the 4.5 XSD allows any identifierType; DataCite itself registers only DOIs), see docs/decisions/0038.
/// </summary>
public static class DataCiteXml
{
    public const string ContentType = "application/vnd.datacite.datacite+xml";
    public const string SchemaVersion = "4.5";
    public static readonly XNamespace Kernel = "http://datacite.org/schema/kernel-4";
    public static readonly string SchemaLocation = $"{Kernel.NamespaceName} https://schema.datacite.org/meta/kernel-4.5/metadata.xsd";

    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static XElement Resource(DataCiteWork work) =>
        new(Kernel + "resource",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
            new XAttribute(Xsi + "schemaLocation", SchemaLocation),
            work.Doi is { } doi
                ? new XElement(Kernel + "identifier", new XAttribute("identifierType", "DOI"), doi)
                : new XElement(Kernel + "identifier", new XAttribute("identifierType", "URL"), work.Url),
            new XElement(Kernel + "creators", work.Creators.Select(Creator)),
            new XElement(Kernel + "titles", new XElement(Kernel + "title", new XAttribute(XNamespace.Xml + "lang", work.Language), Clean(work.Title))),
            new XElement(Kernel + "publisher", new XAttribute(XNamespace.Xml + "lang", "en"), Domain.Publishing.Publisher),
            new XElement(Kernel + "publicationYear", work.Issued.Year.ToString(CultureInfo.InvariantCulture)),
            new XElement(Kernel + "resourceType", new XAttribute("resourceTypeGeneral", "Text"), work.ResourceType),
            work.Subjects.Count == 0 ? null : new XElement(Kernel + "subjects", work.Subjects.Select(s => new XElement(Kernel + "subject", Clean(s)))),
            new XElement(Kernel + "dates", new XElement(Kernel + "date", new XAttribute("dateType", "Issued"), work.Issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            new XElement(Kernel + "language", work.Language),
            work.Doi is null ? null : new XElement(Kernel + "alternateIdentifiers",
                new XElement(Kernel + "alternateIdentifier", new XAttribute("alternateIdentifierType", "URL"), work.Url)),
            work.PdfUrl is null ? null : new XElement(Kernel + "formats", new XElement(Kernel + "format", "application/pdf")),
            new XElement(Kernel + "rightsList",
                new XElement(Kernel + "rights",
                    new XAttribute(XNamespace.Xml + "lang", "en"),
                    new XAttribute("rightsURI", work.Licence.Url()),
                    new XAttribute("rightsIdentifier", work.Licence.Spdx()),
                    new XAttribute("rightsIdentifierScheme", "SPDX"),
                    new XAttribute("schemeURI", "https://spdx.org/licenses/"),
                    work.Licence.DisplayName())),
            string.IsNullOrWhiteSpace(work.Abstract) ? null : new XElement(Kernel + "descriptions",
                new XElement(Kernel + "description", new XAttribute(XNamespace.Xml + "lang", work.Language), new XAttribute("descriptionType", "Abstract"), Clean(work.Abstract))));

    /// <summary>The resource as a UTF-8 document of its own (the /briefs/{slug}/datacite.xml export).</summary>
    public static string Document(DataCiteWork work)
    {
        using var output = new Utf8Writer();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true }))
        {
            new XDocument(Resource(work)).Save(writer);
        }

        return output.ToString();
    }

    private static XElement Creator(DataCiteCreator creator)
    {
        var name = PersonName.Parse(creator.Name);
        var personal = name.Given.Length > 0;
        return new XElement(Kernel + "creator",
            new XElement(Kernel + "creatorName", personal ? new XAttribute("nameType", "Personal") : null,
                Clean(personal ? $"{name.Family}, {name.Given}" : name.Family)),
            personal ? new XElement(Kernel + "givenName", Clean(name.Given)) : null,
            personal ? new XElement(Kernel + "familyName", Clean(name.Family)) : null,
            creator.Orcid is null ? null : new XElement(Kernel + "nameIdentifier",
                new XAttribute("nameIdentifierScheme", "ORCID"), new XAttribute("schemeURI", "https://orcid.org"), Orcid.Url(creator.Orcid)),
            creator.Organisation is null ? null : new XElement(Kernel + "affiliation", Clean(creator.Organisation)));
    }

    private static string Clean(string value) => XmlText.Clean(value);

    // The declaration names the writer's encoding; the answer is UTF-8, so the declaration must say so.
    private sealed class Utf8Writer() : StringWriter(CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
