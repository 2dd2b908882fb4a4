using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Cycles;

/// <summary>Records a stakeholder's proposal while the year's topics are still open.</summary>
public sealed class ProposeTopic(ReSomaDbContext db, ProposalWindow window, TimeProvider clock)
{
    public abstract record Result;

    public sealed record Proposed(int Id) : Result;

    public sealed record Refused(string Reason) : Result;

    public sealed record NoSuchYear : Result;

    public async Task<Result> RunAsync(int year, ProposalInput input, string userId, string userName, CancellationToken cancellationToken = default)
    {
        var state = await window.ForYearAsync(year, cancellationToken);
        if (state is null)
        {
            return new NoSuchYear();
        }

        if (!state.Open)
        {
            return new Refused(state.ClosedReason!);
        }

        var proposal = new TopicProposal
        {
            Year = year,
            Area = input.Area!.Value,
            Title = input.Title.Trim(),
            Rationale = input.Rationale.Trim(),
            ProposedByUserId = userId,
            ProposedByName = userName,
            CreatedAt = clock.GetUtcNow(),
        };
        db.TopicProposals.Add(proposal);
        await db.SaveChangesAsync(cancellationToken);
        return new Proposed(proposal.Id);
    }
}
