using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Cycles;

public sealed record ProposalRow(int Id, Area Area, string Title, string Rationale, string ProposedBy, DateTimeOffset CreatedAt, bool Adopted);

/// <param name="DecidedInYear">The cycle whose opening decided the proposals listed; null for those waiting for the next cycle.</param>
/// <param name="CurrentYear">The current cycle, if any: the next cycle comes after it.</param>
public sealed record ProposalsPage(int? DecidedInYear, int? CurrentYear, IReadOnlyList<ProposalRow> Proposals, ProposalInput Input);

/// <summary>Proposals by area then oldest first: those waiting for the next cycle, or those a cycle's opening decided.</summary>
public sealed class ProposalListQuery(ReSomaDbContext db)
{
    public async Task<ProposalsPage> NextCycleAsync(ProposalInput? input = null, CancellationToken cancellationToken = default) =>
        new(null, await CurrentYearAsync(cancellationToken), await RowsAsync(null, cancellationToken), input ?? new ProposalInput());

    /// <returns>Null when <paramref name="year"/> has no cycle.</returns>
    public async Task<ProposalsPage?> DecidedInAsync(int year, CancellationToken cancellationToken = default) =>
        await db.Cycles.AnyAsync(c => c.Year == year, cancellationToken)
            ? new(year, await CurrentYearAsync(cancellationToken), await RowsAsync(year, cancellationToken), new ProposalInput())
            : null;

    private Task<int?> CurrentYearAsync(CancellationToken cancellationToken) =>
        db.Cycles.Where(c => c.IsCurrent).Select(c => (int?)c.Year).FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<ProposalRow>> RowsAsync(int? year, CancellationToken cancellationToken)
    {
        var proposals = await db.TopicProposals.AsNoTracking()
            .Where(p => p.DecidedInYear == year)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.Id)
            .Select(p => new ProposalRow(p.Id, p.Area, p.Title, p.Rationale, p.ProposedByName, p.CreatedAt, p.AdoptedTopicId != null))
            .ToListAsync(cancellationToken);
        // Areas are stored by name, so the database would sort them alphabetically; the portal's order is migration, asylum, integration.
        return proposals.OrderBy(p => p.Area).ToList();
    }
}
