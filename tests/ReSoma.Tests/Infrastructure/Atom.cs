using System.ServiceModel.Syndication;
using System.Xml;

namespace ReSoma.Tests.Infrastructure;

/// <summary>Reads a feed back with the same library a feed reader would trust; a malformed feed throws.</summary>
public static class Atom
{
    public static SyndicationFeed Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader), "Not an Atom 1.0 feed");
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }
}
