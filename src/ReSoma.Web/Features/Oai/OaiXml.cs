using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ReSoma.Web.Features.Oai;

/// <summary>The OAI-PMH envelope and the parts every list shares: headers, records and resumption tokens.</summary>
public static class OaiXml
{
    public static readonly XNamespace Pmh = "http://www.openarchives.org/OAI/2.0/";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static string Response(DateTimeOffset now, OaiSite site, OaiRequest? request, IEnumerable<XElement> body)
    {
        var echo = new XElement(Pmh + "request", site.BaseUrl);
        if (request is not null)
        {
            echo.Add(new XAttribute(OaiVerbs.Verb, request.Verb), request.Arguments.Select(a => new XAttribute(a.Key, a.Value)));
        }

        var root = new XElement(Pmh + "OAI-PMH",
            new XAttribute("xmlns", Pmh.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
            new XAttribute(Xsi + "schemaLocation", $"{Pmh.NamespaceName} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"),
            new XElement(Pmh + "responseDate", OaiDate.Format(now)),
            echo,
            body);
        return Serialize(new XDocument(root));
    }

    /// <summary>Error answers; after badVerb or badArgument the request element names only the base URL.</summary>
    public static string Errors(DateTimeOffset now, OaiSite site, OaiRequest? request, IReadOnlyList<OaiError> errors) =>
        Response(now, site, errors.Any(e => e.HidesRequestArguments) ? null : request,
            errors.Select(e => new XElement(Pmh + "error", new XAttribute("code", e.Code), e.Message)));

    public static XElement Header(OaiRecord record, OaiSite site) =>
        new(Pmh + "header",
            record.IsDeleted ? new XAttribute("status", "deleted") : null,
            new XElement(Pmh + "identifier", site.Identifier(record.Slug)),
            new XElement(Pmh + "datestamp", OaiDate.Format(record.UpdatedAt)),
            record.SetSpecs.Select(s => new XElement(Pmh + "setSpec", s)));

    /// <summary>A deleted record is its header alone.</summary>
    public static XElement Record(OaiRecord record, OaiSite site, OaiFormat format) =>
        new(Pmh + "record",
            Header(record, site),
            record.IsDeleted ? null : new XElement(Pmh + "metadata", format.Metadata(record, site)));

    public static XElement ResumptionToken(string token, int completeListSize, int cursor) =>
        new(Pmh + "resumptionToken",
            new XAttribute("completeListSize", completeListSize.ToString(CultureInfo.InvariantCulture)),
            new XAttribute("cursor", cursor.ToString(CultureInfo.InvariantCulture)),
            token);

    private static string Serialize(XDocument document)
    {
        using var output = new Utf8StringWriter();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true }))
        {
            document.Save(writer);
        }

        return output.ToString();
    }

    // The XML declaration names the writer's encoding; the response is sent as UTF-8, so the declaration must say so.
    private sealed class Utf8StringWriter() : StringWriter(CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
