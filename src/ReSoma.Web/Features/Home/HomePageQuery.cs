using ReSoma.Web.Data;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Home;

public sealed record HomePage(CycleTopics? CurrentCycle);

public sealed class HomePageQuery(ReSomaDbContext db)
{
    public async Task<HomePage> RunAsync(CancellationToken cancellationToken = default)
    {
        var current = await CycleGroups.LoadAsync(db, year: null, area: null, cancellationToken, currentOnly: true);
        return new HomePage(current.FirstOrDefault());
    }
}
