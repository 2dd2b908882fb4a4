using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>
/// Another editor's saved version, shown beside the form when a save conflicts: the whole interview as text, and the
/// lines where it differs from what this editor typed.
/// </summary>
public sealed record InterviewConflict(string Snapshot, int Version, DateTimeOffset SavedAt, string SavedBy, IReadOnlyList<DiffLine> Differences);

/// <summary>Who last changed the interview, and how.</summary>
public sealed record RevisionStamp(int Number, string EditorName, DateTimeOffset CreatedAt, string Action);

/// <summary>The interview form, on the create and edit pages.</summary>
/// <param name="LockedQuestions">The questions as stored, when readers have answered and the questionnaire can no
/// longer change; null while it can.</param>
public sealed record InterviewForm(InterviewInput Input, IReadOnlyList<QuestionnaireQuestion>? LockedQuestions, int Responses, string? PhotoUrl, int? InterviewId)
{
    public static InterviewForm ForNew(InterviewInput input) => new(input, null, 0, null, null);
}

public sealed record EditInterviewPage(
    int Id,
    string StoredTitle,
    InterviewStatus Status,
    InterviewMonth Month,
    string PublicPath,
    DateTimeOffset? PublishAt,
    DateTimeOffset? PublishedAt,
    string TimeZoneId,
    DateTimeOffset? QuestionnaireClosedAt,
    int QuestionCount,
    int Version,
    int Responses,
    string? PhotoUrl,
    IReadOnlyList<Problem> PublishingProblems,
    IReadOnlyList<QuestionnaireQuestion> StoredQuestions,
    RevisionStamp? LastRevision,
    InterviewInput Input,
    ScheduleInput Schedule,
    InterviewConflict? Theirs = null)
{
    public bool QuestionsLocked => Responses > 0;

    public InterviewForm Form => new(Input, QuestionsLocked ? StoredQuestions : null, Responses, PhotoUrl, Id);
}
