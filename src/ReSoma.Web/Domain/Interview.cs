namespace ReSoma.Web.Domain;

/// <summary>
/// The monthly expert interview: an expert answers questions about the news story most likely to reshape EU policy,
/// and readers answer a short questionnaire about it.
/// </summary>
public class Interview : IVersioned, IDemoContent, ISearchable, IPublicContent
{
    public const string SearchKind = "interview";
    public const int MaxQuestions = 5;

    public int Id { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }

    /// <summary>
    /// <see cref="InterviewMonth.Key"/> while the interview is scheduled or published, otherwise null. A unique index on it
    /// lets the database, not the app, guarantee at most one interview per month.
    /// </summary>
    public int? ClaimedMonth { get; private set; }

    public required string Title { get; set; }

    /// <summary>Set once from the first title and never changed or reused, so links keep working.</summary>
    public required string Slug { get; set; }

    public string NewsHeadline { get; set; } = "";
    public string NewsUrl { get; set; } = "";

    public string ExpertName { get; set; } = "";
    public string ExpertRole { get; set; } = "";
    public string ExpertOrganisation { get; set; } = "";

    /// <summary>Name of the uploaded photo under the data folder; null shows the expert's initials.</summary>
    public string? ExpertPhotoStoredName { get; set; }

    public string? ExpertPhotoContentType { get; set; }
    public string ExpertPhotoAlt { get; set; } = "";

    public string Standfirst { get; set; } = "";

    /// <summary>The language the interview is written in (ISO 639-1, one of <see cref="ContentLanguage.All"/>).</summary>
    public string Language { get; set; } = ContentLanguage.Default;

    /// <summary>Questions and answers in Markdown, rendered without raw HTML.</summary>
    public string Body { get; set; } = "";

    public InterviewStatus Status { get; private set; } = InterviewStatus.Draft;

    /// <summary>When a scheduled interview goes public (UTC).</summary>
    public DateTimeOffset? PublishAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Time zone the editor scheduled in, to show the time back as they typed it.</summary>
    public string TimeZoneId { get; set; } = "Europe/Brussels";

    /// <summary>A random secret in the preview link, so editors can share a draft without publishing it.</summary>
    public string PreviewToken { get; set; } = "";

    /// <summary>After this moment readers see the results but can no longer answer.</summary>
    public DateTimeOffset? QuestionnaireClosedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public List<Topic> Topics { get; set; } = [];
    public List<Brief> Briefs { get; set; } = [];
    public List<InterviewQuestion> Questions { get; set; } = [];
    public SearchDocument? Search { get; set; }

    public InterviewMonth InterviewMonth => new(Year, Month);

    public bool IsPublic => Status == InterviewStatus.Published;

    public bool IsQuestionnaireOpen(DateTimeOffset now) =>
        IsPublic && Questions.Count > 0 && (QuestionnaireClosedAt is null || QuestionnaireClosedAt > now);

    /// <summary>What still stops this interview from going public; empty when it may be scheduled or published.</summary>
    public IReadOnlyList<Problem> PublishingProblems()
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(ExpertName))
        {
            problems.Add("Name the expert before publishing.");
        }

        if (string.IsNullOrWhiteSpace(Body))
        {
            problems.Add("Write the questions and answers before publishing.");
        }

        if (string.IsNullOrWhiteSpace(Standfirst))
        {
            problems.Add("Write the standfirst before publishing.");
        }

        if (ExpertPhotoStoredName is not null && string.IsNullOrWhiteSpace(ExpertPhotoAlt))
        {
            problems.Add("Describe the expert's photo (alt text) before publishing.");
        }

        if (Questions.Count is 0 or > MaxQuestions)
        {
            problems.Add(new Problem("Give the questionnaire one to {0} questions before publishing.", MaxQuestions));
        }

        problems.AddRange(Questions.OrderBy(q => q.Position).SelectMany(q => q.Problems()));
        return problems;
    }

    public void SendToReview()
    {
        EnsureStatus(InterviewStatus.Draft);
        Status = InterviewStatus.InReview;
    }

    /// <summary>Back to draft from review or from the schedule; the month is free again.</summary>
    public void ReturnToDraft()
    {
        if (Status is not (InterviewStatus.InReview or InterviewStatus.Scheduled))
        {
            throw new InvalidOperationException($"An interview that is {Status} cannot go back to draft.");
        }

        Status = InterviewStatus.Draft;
        PublishAt = null;
        ClaimedMonth = null;
    }

    /// <summary>Schedules the interview; the caller has checked <see cref="ScheduleProblems"/>.</summary>
    public void Schedule(DateTimeOffset publishAt)
    {
        if (Status is not (InterviewStatus.Draft or InterviewStatus.InReview or InterviewStatus.Scheduled))
        {
            throw new InvalidOperationException($"An interview that is {Status} cannot be scheduled.");
        }

        Status = InterviewStatus.Scheduled;
        PublishAt = publishAt.ToUniversalTime();
        ClaimedMonth = InterviewMonth.Key;
    }

    /// <summary>Why the interview cannot be scheduled for <paramref name="publishAt"/>; empty when it can.</summary>
    public IReadOnlyList<Problem> ScheduleProblems(DateTimeOffset publishAt, DateTimeOffset now)
    {
        var problems = PublishingProblems().ToList();
        if (publishAt <= now)
        {
            problems.Add("Choose a publishing time in the future.");
        }

        if (publishAt >= InterviewMonth.Next.StartUtc)
        {
            problems.Add(new Problem("The {0:MMMM yyyy} interview must go public before the month is over.", InterviewMonth.FirstDay));
        }

        return problems;
    }

    /// <summary>Publishes now (an editor's "publish now", or the scheduler when the time has come).</summary>
    public void Publish(DateTimeOffset now)
    {
        if (Status == InterviewStatus.Published)
        {
            throw new InvalidOperationException("The interview is already published.");
        }

        Status = InterviewStatus.Published;
        PublishAt ??= now;
        PublishedAt = now;
        ClaimedMonth = InterviewMonth.Key;
    }

    /// <summary>Takes a published interview off the site; it keeps its answers and becomes a draft again.</summary>
    public void Unpublish()
    {
        EnsureStatus(InterviewStatus.Published);
        Status = InterviewStatus.Draft;
        PublishAt = null;
        ClaimedMonth = null;
    }

    public void RefreshSearchDocument()
    {
        var path = PublicPath;
        Search ??= new SearchDocument { Kind = SearchKind, Path = path };
        Search.Path = path;
        Search.Title = Title;
        Search.Summary = Standfirst;
        Search.Body = Body;
        Search.Authors = ExpertName;
        Search.Keywords = string.Join(' ', NewsHeadline, ExpertOrganisation, string.Join(' ', Topics.Select(t => t.Title)));
        Search.IsPublic = IsPublic;
        Search.Area = Topics.FirstArea();
        Search.PublishedAt = PublishedAt;
    }

    public string PublicPath => PathOf(Year, Month, Slug);

    /// <summary>The public address of an interview: its month and its slug, neither of which ever changes once public.</summary>
    public static string PathOf(int year, int month, string slug) => $"/interviews/{year:D4}/{month:D2}/{slug}";

    private void EnsureStatus(InterviewStatus expected)
    {
        if (Status != expected)
        {
            throw new InvalidOperationException($"The interview is {Status}, not {expected}.");
        }
    }
}
