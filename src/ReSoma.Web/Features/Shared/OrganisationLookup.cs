using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Shared;

/// <summary>People type their organisation's name; the same name (any case or spacing) means the same organisation.</summary>
public sealed class OrganisationLookup(ReSomaDbContext db)
{
    public async Task<Organisation> FindOrAddAsync(string name, string? country, CancellationToken cancellationToken = default)
    {
        var clean = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var normalized = Organisation.Normalize(clean);
        var existing = await db.Organisations.FirstOrDefaultAsync(o => o.NormalizedName == normalized, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var organisation = new Organisation { Name = clean, NormalizedName = normalized, Country = country };
        db.Organisations.Add(organisation);
        return organisation;
    }

    public async Task<IReadOnlyList<string>> NamesAsync(CancellationToken cancellationToken = default) =>
        await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => o.Name).Take(500).ToListAsync(cancellationToken);
}
