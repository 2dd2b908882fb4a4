using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Network;

/// <summary>
/// A person's profile in the network, whether public or not, with its expertise and the parts it shows: all in their
/// data export. When they leave, the database's cascades remove the profile, its expertise and its search document,
/// so there is no deletion step. (A search document refers to a person only as a profile's, whose text is the profile.)
/// </summary>
public sealed class NetworkPersonalData(ReSomaDbContext db) : IPersonalDataSource
{
    public string Section => "networkProfile";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(PublicProfile), typeof(ProfileArea), typeof(ProfileTopic), typeof(SearchDocument)];

    public async Task<object?> CollectAsync(string userId, CancellationToken cancellationToken)
    {
        var profile = await db.PublicProfiles.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new
            {
                p.Slug,
                p.IsPublic,
                p.Bio,
                p.Website,
                p.Orcid,
                p.ShowsContributions,
                p.ShowsBriefs,
                p.ShowsProposals,
                p.ShowsComments,
                p.AcceptsMessages,
                p.UpdatedAt,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var areas = await db.Set<ProfileArea>().AsNoTracking().Where(a => a.UserId == userId).Select(a => a.Area).ToListAsync(cancellationToken);
        var topics = await db.Set<ProfileTopic>().AsNoTracking().Where(t => t.UserId == userId).OrderBy(t => t.Topic!.Title)
            .Select(t => t.Topic!.Title).ToListAsync(cancellationToken);
        return new { Profile = profile, Areas = areas.Order().Select(a => a.ToString()).ToList(), Topics = topics };
    }
}
