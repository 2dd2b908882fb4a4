namespace ReSoma.Web.Domain;

/// <summary>
/// A person's page in the network (/network/{slug}). Private until its owner makes it public, and then each part
/// shows only if they leave it shown. Name, organisation, role and country come from the account; the rest is here.
/// </summary>
public class PublicProfile : ISearchable
{
    public const string SearchKind = "person";
    public const int BioLength = 2_000;

    public required string UserId { get; set; }
    public ApplicationUser? User { get; set; }

    /// <summary>The address of the page, from the display name, unique; kept when the name changes so links last.</summary>
    public required string Slug { get; set; }

    public bool IsPublic { get; set; }

    /// <summary>A few lines in Markdown, rendered with the portal's safe settings.</summary>
    public string? Bio { get; set; }

    public string? Website { get; set; }

    /// <summary>Four-group form (<see cref="Domain.Orcid"/>).</summary>
    public string? Orcid { get; set; }

    public bool ShowsContributions { get; set; } = true;
    public bool ShowsBriefs { get; set; } = true;
    public bool ShowsProposals { get; set; } = true;
    public bool ShowsComments { get; set; } = true;

    /// <summary>Whether signed-in people may write through the portal's "Send a message" form.</summary>
    public bool AcceptsMessages { get; set; }

    public List<ProfileArea> Areas { get; set; } = [];
    public List<ProfileTopic> Topics { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    public SearchDocument? Search { get; set; }

    public string PublicPath => "/network/" + Slug;

    /// <summary>Whether the page may be shown at all: public, and its account neither locked nor deleted.</summary>
    public bool IsShown => IsPublic && User is { } user && !user.IsLockedByAdministrator;

    /// <summary>
    /// A website a profile may link to: an absolute http or https address with a host, nothing else (no javascript:,
    /// no mailto:, no relative path). Returns the trimmed address, or null when it is not one.
    /// </summary>
    public static string? NormaliseWebsite(string? text)
    {
        var value = text?.Trim() ?? "";
        return Uri.TryCreate(value, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0
            ? value
            : null;
    }

    /// <summary>
    /// The slug for a new profile: made from the display name, with "-2", "-3"… when it is taken. It is kept
    /// afterwards, so a name change does not break links.
    /// </summary>
    public static string SlugFor(string displayName, IReadOnlySet<string> taken)
    {
        var baseSlug = Slugs.From(displayName);
        var slug = baseSlug;
        for (var n = 2; taken.Contains(slug); n++)
        {
            slug = baseSlug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return slug;
    }

    /// <summary>Filled by the query that saves it (the account's name and organisation live on the user).</summary>
    public void RefreshSearchDocument()
    {
        Search ??= new SearchDocument { Kind = SearchKind, Path = PublicPath };
        Search.Path = PublicPath;
        Search.Title = User?.DisplayName ?? "";
        Search.Summary = Bio ?? "";
        Search.Body = "";
        Search.Authors = User?.Organisation?.Name ?? "";
        Search.Keywords = string.Join(' ', Topics.Select(t => t.Topic?.Title).OfType<string>());
        Search.IsPublic = IsPublic;
        Search.Area = Areas.Count == 0 ? null : Areas.Min(a => a.Area);
        Search.PublishedAt = UpdatedAt;
    }
}

/// <summary>An area a person names as their expertise.</summary>
public class ProfileArea
{
    public required string UserId { get; set; }
    public Area Area { get; set; }
}

/// <summary>A topic a person names as their expertise.</summary>
public class ProfileTopic
{
    public required string UserId { get; set; }
    public int TopicId { get; set; }
    public Topic? Topic { get; set; }
}
