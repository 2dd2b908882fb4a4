using System.Globalization;
using System.Text;
using System.Xml;

namespace ReSoma.Web.Features.Findability;

/// <summary>The sitemaps.org 0.9 format: absolute addresses, with the last change as a W3C date-time.</summary>
public static class SitemapXml
{
    public const string ContentType = "application/xml; charset=utf-8";
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>One sitemap holds at most this many addresses; past it the protocol wants a sitemap index. The
    /// portal publishes a few thousand pages at most, so one file is enough for years.</summary>
    public const int MaxUrls = 50_000;

    public static byte[] Write(string siteRoot, IEnumerable<SitemapEntry> entries)
    {
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", Namespace);
            foreach (var entry in entries.Take(MaxUrls))
            {
                writer.WriteStartElement("url", Namespace);
                writer.WriteElementString("loc", Namespace, siteRoot + entry.Path);
                if (entry.LastModified is { } modified)
                {
                    writer.WriteElementString("lastmod", Namespace, modified.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return output.ToArray();
    }
}
