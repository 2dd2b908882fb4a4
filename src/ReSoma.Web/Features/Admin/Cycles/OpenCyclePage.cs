using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>The wizard's steps, in order.</summary>
public enum OpenCycleStep
{
    Dates = 1,
    Topics = 2,
    Review = 3,
}

public sealed record CarryOverOption(int Id, string Title, TopicOrigin Origin, IReadOnlyList<string> RunningConsultations);

public sealed record ProposalOption(int Id, string Title, string Rationale, string ProposedBy, DateTimeOffset CreatedAt);

/// <summary>One area of the topics step: the topics that can be carried over, the open proposals, and the indexes of its new-topic rows.</summary>
public sealed record AreaChoices(Area Area, IReadOnlyList<CarryOverOption> CarryOver, IReadOnlyList<ProposalOption> Proposals, IReadOnlyList<int> Rows);

/// <summary>What the review step lists per area before anything is written.</summary>
public sealed record ReviewArea(Area Area, IReadOnlyList<string> Carried, IReadOnlyList<string> Adopted, IReadOnlyList<string> New);

/// <summary>The review: the topics by area, the proposals decided as not adopted, and the running consultations.</summary>
public sealed record OpenCycleReview(
    IReadOnlyList<ReviewArea> Areas, IReadOnlyList<string> NotAdopted, IReadOnlyList<string> Moving, IReadOnlyList<string> Staying);

/// <param name="Unusual">Areas with fewer or more than three topics in the posted form; empty before a post.</param>
/// <param name="Review">Filled on the review step only.</param>
public sealed record OpenCyclePage(
    OpenCycleStep Step, OpenCycleInput Input, int? CurrentYear, IReadOnlyList<AreaChoices> Areas,
    IReadOnlyList<AreaCount> Unusual, OpenCycleReview? Review);
