using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>Slugs for the topics of a cycle being opened: unique among stored topics and among those of the same batch.</summary>
public sealed partial class TopicSlugs(ReSomaDbContext db)
{
    private readonly HashSet<string> _taken = [];

    /// <summary>A carried-over topic keeps its old address with the new year: "detention" → "detention-2020".</summary>
    public async Task<string> CarriedOverAsync(string oldSlug, string title, int year, CancellationToken cancellationToken)
    {
        // A topic carried over twice becomes "detention-2021", not "detention-2020-2021".
        var slug = $"{TrailingYear().Replace(oldSlug, "")}-{year}";
        return slug.Length <= FieldLengths.Slug && await TakeIfFreeAsync(slug, cancellationToken)
            ? slug
            : await UniqueAsync(Slugs.From($"{title} {year}"), cancellationToken);
    }

    /// <summary>A new topic gets its title as slug, or title and year when another cycle has that title already.</summary>
    public async Task<string> NewAsync(string title, int year, CancellationToken cancellationToken)
    {
        var slug = Slugs.From(title);
        return await TakeIfFreeAsync(slug, cancellationToken) ? slug : await UniqueAsync(Slugs.From($"{title} {year}"), cancellationToken);
    }

    private async Task<string> UniqueAsync(string root, CancellationToken cancellationToken)
    {
        var slug = root;
        for (var n = 2; !await TakeIfFreeAsync(slug, cancellationToken); n++)
        {
            slug = $"{root}-{n}";
        }

        return slug;
    }

    private async Task<bool> TakeIfFreeAsync(string slug, CancellationToken cancellationToken) =>
        !_taken.Contains(slug) && !await db.Topics.AnyAsync(t => t.Slug == slug, cancellationToken) && _taken.Add(slug);

    [GeneratedRegex(@"-(19|20)\d\d$")]
    private static partial Regex TrailingYear();
}
