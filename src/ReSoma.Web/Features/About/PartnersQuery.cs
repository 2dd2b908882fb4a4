using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.About;

public sealed record Partner(string Name, string? Role, string? Country, string? Website, string? Description);

public sealed class PartnersQuery(ReSomaDbContext db)
{
    /// <summary>The consortium, coordinator first.</summary>
    public async Task<IReadOnlyList<Partner>> RunAsync(CancellationToken cancellationToken = default) =>
        await db.Organisations.AsNoTracking()
            .Where(o => o.IsPartner)
            .OrderBy(o => o.PartnerRole == "Coordinator" ? 0 : 1).ThenBy(o => o.Name)
            .Select(o => new Partner(o.Name, o.PartnerRole, o.Country, o.Website, o.Description))
            .ToListAsync(cancellationToken);
}
