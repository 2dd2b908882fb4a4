using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Cycles;

public sealed record ProposalRow(int Id, Area Area, string Title, string Rationale, string ProposedBy, DateTimeOffset CreatedAt, bool Adopted);

public sealed record ProposalsPage(ProposalState State, bool HasCycle, IReadOnlyList<ProposalRow> Proposals, ProposalInput Input);

/// <summary>A year's proposals, by area then oldest first, with the form's state.</summary>
public sealed class ProposalListQuery(ReSomaDbContext db, ProposalWindow window)
{
    public async Task<ProposalsPage?> RunAsync(int year, ProposalInput? input = null, CancellationToken cancellationToken = default)
    {
        if (await window.ForYearAsync(year, cancellationToken) is not { } state)
        {
            return null;
        }

        var proposals = await db.TopicProposals.AsNoTracking()
            .Where(p => p.Year == year)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => new ProposalRow(p.Id, p.Area, p.Title, p.Rationale, p.ProposedByName, p.CreatedAt, p.AdoptedTopicId != null))
            .ToListAsync(cancellationToken);
        var hasCycle = await db.Cycles.AnyAsync(c => c.Year == year, cancellationToken);
        // Areas are stored by name, so the database would sort them alphabetically; the portal's order is migration, asylum, integration.
        return new ProposalsPage(state, hasCycle, proposals.OrderBy(p => p.Area).ToList(), input ?? new ProposalInput());
    }
}
