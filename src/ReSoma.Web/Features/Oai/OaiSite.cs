namespace ReSoma.Web.Features.Oai;

/// <summary>Where the repository answers: the site root for links, and the host name inside identifiers.</summary>
public sealed record OaiSite(string Root, string RepositoryIdentifier)
{
    private const string BriefPrefix = "brief/";

    public string BaseUrl => Root + "/oai";

    public string IdentifierPrefix => $"oai:{RepositoryIdentifier}:";

    public string Identifier(string slug) => IdentifierPrefix + BriefPrefix + slug;

    /// <summary>The brief slug an identifier of this repository names, or null for any other identifier.</summary>
    public string? SlugOf(string identifier) =>
        identifier.StartsWith(IdentifierPrefix + BriefPrefix, StringComparison.Ordinal) && identifier.Length > IdentifierPrefix.Length + BriefPrefix.Length
            ? identifier[(IdentifierPrefix.Length + BriefPrefix.Length)..]
            : null;

    public string BriefUrl(string slug) => $"{Root}/briefs/{slug}";

    public string TopicUrl(string slug) => $"{Root}/topics/{slug}";
}
