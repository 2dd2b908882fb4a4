using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Infrastructure;

/// <summary>
/// An interview as a test wants it, written straight to the database:
/// <c>await Factory.NewInterview(2019, 5, "Who rescues at sea").WithExpert("Ana Ferreira").WithTopic("Search and rescue", Area.Asylum).Published(at)</c>.
/// Anything not said gets a sensible default, including one single-choice question (Yes / No).
/// <see cref="Published"/>, <see cref="Scheduled"/>, <see cref="InReview"/> and <see cref="Draft"/> save it and return
/// the saved entity, with the ids of its questions and options.
/// </summary>
public sealed class InterviewBuilder(PortalFactory factory, int year, int month, string title)
{
    private readonly List<InterviewQuestion> _questions = [];
    private readonly List<(string Title, Area Area, int Year)> _topics = [];
    private string _slug = Slugs.From(title);
    private string _expertName = "Ana Ferreira";
    private string _expertRole = "Researcher";
    private string _expertOrganisation = "University of Lisbon";
    private string? _photoStoredName;
    private string _photoAlt = "";
    private string _standfirst = $"What the story of {title} changes for EU policy.";
    private string _body = "**Why does this story matter?**\n\nBecause the rules are changing.";
    private string _newsHeadline = "A story that may reshape EU policy";
    private string _newsUrl = "https://news.example.org/story";
    private DateTimeOffset? _closedAt;
    private bool _noQuestions;

    public InterviewBuilder WithSlug(string slug)
    {
        _slug = slug;
        return this;
    }

    public InterviewBuilder WithExpert(string name, string role = "Researcher", string organisation = "University of Lisbon")
    {
        (_expertName, _expertRole, _expertOrganisation) = (name, role, organisation);
        return this;
    }

    /// <summary>As if the photo had been uploaded; the file itself is not written.</summary>
    public InterviewBuilder WithPhoto(string alt, string storedName = "expert.jpg")
    {
        (_photoStoredName, _photoAlt) = (storedName, alt);
        return this;
    }

    public InterviewBuilder WithStandfirst(string standfirst)
    {
        _standfirst = standfirst;
        return this;
    }

    public InterviewBuilder WithBody(string markdown)
    {
        _body = markdown;
        return this;
    }

    public InterviewBuilder WithNews(string headline, string url)
    {
        (_newsHeadline, _newsUrl) = (headline, url);
        return this;
    }

    /// <summary>Links a topic, creating it (and its cycle) when no topic of that title and year exists yet.</summary>
    public InterviewBuilder WithTopic(string title, Area area = Area.Migration, int cycleYear = 2019)
    {
        _topics.Add((title, area, cycleYear));
        return this;
    }

    /// <summary>Replaces the default question; positions follow the order given.</summary>
    public InterviewBuilder WithQuestions(params InterviewQuestion[] questions)
    {
        _questions.AddRange(questions);
        return this;
    }

    public InterviewBuilder WithSingleChoice(string text, params string[] options) => WithQuestions(Question(text, QuestionKind.SingleChoice, options));

    public InterviewBuilder WithMultipleChoice(string text, params string[] options) => WithQuestions(Question(text, QuestionKind.MultipleChoice, options));

    public InterviewBuilder WithFreeText(string text) => WithQuestions(Question(text, QuestionKind.FreeText));

    public InterviewBuilder WithoutQuestions()
    {
        _noQuestions = true;
        return this;
    }

    /// <summary>Readers may answer until <paramref name="closedAt"/>, then only see the results.</summary>
    public InterviewBuilder QuestionnaireClosesAt(DateTimeOffset closedAt)
    {
        _closedAt = closedAt;
        return this;
    }

    public Task<Interview> Published(DateTimeOffset at) => SaveAsync(at, i => i.Publish(at));

    /// <summary>Scheduled for <paramref name="at"/>: keep it later than the portal's clock, or its publisher publishes it.</summary>
    public Task<Interview> Scheduled(DateTimeOffset at) => SaveAsync(at.AddDays(-7), i => i.Schedule(at));

    public Task<Interview> InReview() => SaveAsync(new InterviewMonth(year, month).StartUtc.AddDays(-14), i => i.SendToReview());

    public Task<Interview> Draft() => SaveAsync(new InterviewMonth(year, month).StartUtc.AddDays(-14), _ => { });

    public static InterviewQuestion Question(string text, QuestionKind kind, params string[] options) => new()
    {
        Text = text,
        Kind = kind,
        Options = options.Select((o, i) => new InterviewOption { Position = i + 1, Text = o }).ToList(),
    };

    private async Task<Interview> SaveAsync(DateTimeOffset at, Action<Interview> status)
    {
        List<InterviewQuestion> questions = _noQuestions ? [] : _questions.Count > 0 ? _questions : [Question("Did you follow the story?", QuestionKind.SingleChoice, "Yes", "No")];
        for (var i = 0; i < questions.Count; i++)
        {
            questions[i].Position = i + 1;
        }

        var interview = new Interview
        {
            Year = year,
            Month = month,
            Title = title,
            Slug = _slug,
            NewsHeadline = _newsHeadline,
            NewsUrl = _newsUrl,
            ExpertName = _expertName,
            ExpertRole = _expertRole,
            ExpertOrganisation = _expertOrganisation,
            ExpertPhotoStoredName = _photoStoredName,
            ExpertPhotoContentType = _photoStoredName is null ? null : "image/jpeg",
            ExpertPhotoAlt = _photoAlt,
            Standfirst = _standfirst,
            Body = _body,
            PreviewToken = Guid.NewGuid().ToString("N"),
            QuestionnaireClosedAt = _closedAt,
            CreatedAt = at,
            UpdatedAt = at,
            Questions = questions.ToList(),
        };
        status(interview);

        await factory.WithDbAsync(async db =>
        {
            foreach (var (topicTitle, area, cycleYear) in _topics)
            {
                var slug = Slugs.From(topicTitle + " " + cycleYear);
                var topic = await db.Topics.FirstOrDefaultAsync(t => t.Slug == slug);
                if (topic is null)
                {
                    var cycle = await db.Cycles.FirstOrDefaultAsync(c => c.Year == cycleYear)
                        ?? db.Cycles.Add(new Cycle { Year = cycleYear, IsCurrent = false, OpenedAt = new DateTimeOffset(cycleYear, 1, 1, 0, 0, 0, TimeSpan.Zero) }).Entity;
                    topic = db.Topics.Add(new Topic { Title = topicTitle, Slug = slug, Area = area, Origin = TopicOrigin.EuAgenda, Cycle = cycle }).Entity;
                }

                interview.Topics.Add(topic);
            }

            db.Interviews.Add(interview);
            await db.SaveChangesAsync();
        });
        return interview;
    }
}

public static class InterviewBuilderExtensions
{
    /// <summary>Starts an interview for <paramref name="year"/>-<paramref name="month"/>; finish with Published, Scheduled, InReview or Draft.</summary>
    public static InterviewBuilder NewInterview(this PortalFactory factory, int year, int month, string title) => new(factory, year, month, title);
}
