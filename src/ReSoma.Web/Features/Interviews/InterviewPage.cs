using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews;

/// <summary>Everything the interview page shows. Editors' previews build it from the same entity, so they see the real page.</summary>
public sealed record InterviewPage(
    int Id,
    InterviewMonth Month,
    string Title,
    string Slug,
    InterviewStatus Status,
    string NewsHeadline,
    string NewsUrl,
    InterviewExpert Expert,
    string Standfirst,
    string Body,
    string Language,
    DateTimeOffset? PublishedAt,
    DateTimeOffset? PublishAt,
    string TimeZoneId,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<InterviewTopicLink> Topics,
    IReadOnlyList<InterviewBriefLink> Briefs,
    InterviewQuestionnaire Questionnaire,
    bool IsPreview)
{
    public string Path => PathOf(Month, Slug);

    /// <summary>The public address of an interview: its month and its slug, neither of which ever changes once public.</summary>
    public static string PathOf(InterviewMonth month, string slug) => $"/interviews/{month.Year:D4}/{month.Month:D2}/{slug}";

    public static InterviewPage From(Interview interview, InterviewQuestionnaire questionnaire, bool isPreview) => new(
        interview.Id,
        interview.InterviewMonth,
        interview.Title,
        interview.Slug,
        interview.Status,
        interview.NewsHeadline,
        interview.NewsUrl,
        InterviewExpert.Of(interview),
        interview.Standfirst,
        interview.Body,
        interview.Language,
        interview.PublishedAt,
        interview.PublishAt,
        interview.TimeZoneId,
        interview.UpdatedAt,
        interview.Topics.OrderBy(t => t.Area).ThenBy(t => t.Title).Select(t => new InterviewTopicLink(t.Title, t.Slug, t.Area)).ToList(),
        interview.Briefs.OrderBy(b => b.Title).Select(b => new InterviewBriefLink(b.Title, b.Slug, b.Series, b.Status == BriefStatus.Published)).ToList(),
        questionnaire,
        isPreview);
}

public sealed record InterviewExpert(string Name, string Role, string Organisation, string? PhotoUrl, string PhotoAlt)
{
    /// <summary>Shown in place of a photo: "Maria Rossi" → "MR".</summary>
    public string Initials => string.Concat(Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => char.IsLetter(p[0])).Take(2).Select(p => char.ToUpperInvariant(p[0])));

    /// <summary>The photo's address carries the interview's version, so a replaced photo is never served stale from a cache.</summary>
    public static InterviewExpert Of(Interview interview) => new(
        interview.ExpertName,
        interview.ExpertRole,
        interview.ExpertOrganisation,
        interview.ExpertPhotoStoredName is null ? null : $"/interviews/photos/{interview.Id}?v={interview.Version}",
        interview.ExpertPhotoAlt);
}

public sealed record InterviewTopicLink(string Title, string Slug, Area Area);

/// <summary>A related brief; an unpublished one is shown only in previews, without a link.</summary>
public sealed record InterviewBriefLink(string Title, string Slug, BriefSeries Series, bool IsPublished);
