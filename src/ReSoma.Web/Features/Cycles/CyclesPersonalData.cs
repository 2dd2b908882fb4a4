using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Cycles;

/// <summary>
/// A person's topic proposals and the cycle phase moves they recorded: in their data export; when they leave, the
/// proposals and moves stay (they shaped a cycle) but their name comes off them.
/// </summary>
public sealed class CyclesPersonalData(ReSomaDbContext db) : IPersonalDataSource, IAccountDeletionStep
{
    public string Section => "cycles";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(TopicProposal), typeof(CyclePhaseChange)];

    public async Task<object?> CollectAsync(string userId, CancellationToken cancellationToken) => new
    {
        TopicProposals = await db.TopicProposals.AsNoTracking().Where(p => p.ProposedByUserId == userId).OrderBy(p => p.CreatedAt)
            .Select(p => new { p.DecidedInYear, Area = p.Area.ToString(), p.Title, p.Rationale, p.CreatedAt, Adopted = p.AdoptedTopicId != null })
            .ToListAsync(cancellationToken),
        PhaseMovesRecorded = await db.CyclePhaseChanges.AsNoTracking().Where(c => c.RecordedByUserId == userId).OrderBy(c => c.RecordedAt)
            .Select(c => new { Phase = c.Phase.ToString(), c.StartsOn, c.RecordedAt })
            .ToListAsync(cancellationToken),
    };

    public async Task BeforeDeleteAsync(string userId, CancellationToken cancellationToken)
    {
        await db.TopicProposals.Where(p => p.ProposedByUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ProposedByName, ApplicationUser.FormerMember).SetProperty(p => p.ProposedByUserId, (string?)null), cancellationToken);
        await db.CyclePhaseChanges.Where(c => c.RecordedByUserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RecordedByName, ApplicationUser.FormerMember).SetProperty(c => c.RecordedByUserId, (string?)null), cancellationToken);
    }
}
