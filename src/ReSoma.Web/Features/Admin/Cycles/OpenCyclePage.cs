using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

public sealed record CarryOverOption(int Id, string Title, TopicOrigin Origin);

public sealed record ProposalOption(int Id, string Title, string Rationale, string ProposedBy, DateTimeOffset CreatedAt, bool Adopted);

/// <summary>One area of the wizard: the topics that can be carried over, the proposals, and the indexes of its new-topic rows.</summary>
public sealed record AreaChoices(Area Area, IReadOnlyList<CarryOverOption> CarryOver, IReadOnlyList<ProposalOption> Proposals, IReadOnlyList<int> Rows);

public sealed record ProposalYear(int Year, int Count);

/// <param name="ProposalsYear">The year whose proposals are shown (the year typed, when it is sensible).</param>
/// <param name="Unusual">Areas with fewer or more than three topics in the posted form; empty before a post.</param>
public sealed record OpenCyclePage(
    OpenCycleInput Input, int? CurrentYear, int ProposalsYear, IReadOnlyList<AreaChoices> Areas,
    IReadOnlyList<ProposalYear> ProposalYears, IReadOnlyList<AreaCount> Unusual);
