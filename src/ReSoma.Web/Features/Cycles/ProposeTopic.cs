using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Cycles;

/// <summary>Records a stakeholder's proposal for the next cycle. Proposals are always welcome: whatever year the next
/// cycle gets, its opening decides every proposal waiting for it.</summary>
public sealed class ProposeTopic(ReSomaDbContext db, TimeProvider clock)
{
    public async Task<int> RunAsync(ProposalInput input, string userId, string userName, CancellationToken cancellationToken = default)
    {
        var proposal = new TopicProposal
        {
            Area = input.Area!.Value,
            Title = input.Title.Trim(),
            Rationale = input.Rationale.Trim(),
            ProposedByUserId = userId,
            ProposedByName = userName,
            CreatedAt = clock.GetUtcNow(),
        };
        db.TopicProposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return proposal.Id;
    }
}
