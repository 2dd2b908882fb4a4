using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Mvc;

namespace ReSoma.Web.Infrastructure.Feeds;

/// <summary>
/// The portal's Atom feeds (briefs, interviews, news, followed things) share one shape: a title, the page it mirrors, a self link,
/// and items written by System.ServiceModel.Syndication, so each feature only says which entries go in.
/// </summary>
public static class AtomFeed
{
    public const string ContentType = "application/atom+xml; charset=utf-8";

    public static SyndicationFeed Create(string title, string description, string pageUrl, string selfUrl, DateTimeOffset updated)
    {
        var feed = new SyndicationFeed(title, description, new Uri(pageUrl), selfUrl, updated);
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(selfUrl), "application/atom+xml"));
        return feed;
    }

    /// <summary>An entry whose id is its page's address, which never changes because slugs never do; or
    /// <paramref name="id"/> when several entries may link to the same page (news of a brief and of its next phase).
    /// <paramref name="language"/> is the language the entry's content is written in, given as xml:lang.</summary>
    public static SyndicationItem Entry(string title, string summary, string url, DateTimeOffset updated, DateTimeOffset published, string? id = null, string? language = null)
    {
        var item = new SyndicationItem(title, summary, new Uri(url), id ?? url, updated)
        {
            PublishDate = published,
            Summary = new TextSyndicationContent(summary),
        };
        if (language is not null)
        {
            item.AttributeExtensions.Add(new XmlQualifiedName("lang", XmlNamespace), language);
        }

        return item;
    }

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public static string Write(SyndicationFeed feed)
    {
        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        // A StringBuilder is UTF-16, but the response is sent as UTF-8 and must say so.
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    public static ContentResult Result(string atom) => new() { Content = atom, ContentType = ContentType };
}
