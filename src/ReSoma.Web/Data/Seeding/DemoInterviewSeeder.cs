using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Consultations.Editor;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// The demo monthly interviews: one published for each month from March 2018 to January 2020, with anonymous readers'
/// answers; one scheduled for the coming month, one in review and one draft after it. Runs once (see
/// <see cref="SeedMarks"/>), after the topics and briefs. Months already claimed by editors' interviews are left to
/// them, and an interview whose topics an admin has deleted is not seeded, as with the demo briefs.
/// </summary>
public sealed class DemoInterviewSeeder(ReSomaDbContext db, TimeProvider clock, ILogger<DemoInterviewSeeder> logger) : IDemoSeeder
{
    public const string MarkName = "demo:interviews:v1";
    public const string EditorName = "ReSOMA editorial team";
    public const string RevisionAction = "Created (demo content)";
    public const string TimeZoneId = "Europe/Brussels";

    /// <summary>The latest archive interviews whose questionnaires stay open; the older ones closed a month after publishing.</summary>
    public const int OpenQuestionnaires = 3;

    /// <summary>The month after the archive: whatever the clock says, the editors' interviews never go before it.</summary>
    public static readonly InterviewMonth FirstFutureMonth = new(2020, 2);

    private static readonly TimeOnly PublishingTime = new(9, 0);

    public Task SeedAsync() => SeedMarks.RunOnceAsync(db, MarkName, AddAsync, clock);

    /// <summary>The month of the scheduled demo interview: the one after the clock's, and never inside the archive.</summary>
    public static InterviewMonth ScheduledMonth(DateTimeOffset now)
    {
        var next = InterviewMonth.FromDate(DateOnly.FromDateTime(now.UtcDateTime)).Next;
        return next.CompareTo(FirstFutureMonth) < 0 ? FirstFutureMonth : next;
    }

    // The interviews first, then what needs their ids, all in one transaction: a failed start leaves no half archive.
    // The retrying strategy (SQL Server) replays the whole block, so it starts from an empty change tracker.
    private Task AddAsync() => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
    {
        var started = Stopwatch.GetTimestamp();
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var interviews = await AddInterviewsAsync(clock.GetUtcNow());
        await db.SaveChangesAsync();

        db.InterviewRevisions.AddRange(interviews.Select(s => s.Interview).Select(i => new InterviewRevision
        {
            InterviewId = i.Id,
            Number = 1,
            EditorName = EditorName,
            CreatedAt = i.CreatedAt,
            Action = RevisionAction,
            Snapshot = InterviewSnapshot.Of(i),
        }));
        await db.SaveChangesAsync();

        // About 1,200 responses with 3,000 answers, saved an interview at a time on an emptied change tracker: every save
        // scans all tracked entities, and this measured a third less CPU than one save of the whole graph.
        var now = clock.GetUtcNow();
        var responses = 0;
        db.ChangeTracker.Clear();
        foreach (var (interview, demo) in interviews.Where(s => s.Interview.IsPublic))
        {
            var readers = DemoResponses(interview, demo, now).ToList();
            db.QuestionnaireResponses.AddRange(readers);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            responses += readers.Count;
        }

        await transaction.CommitAsync();
        logger.LogInformation(
            "Seeded {Interviews} demo interviews and {Responses} questionnaire responses in {Elapsed} ms",
            interviews.Count, responses, (int)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    });

    private async Task<List<(Interview Interview, DemoInterview Demo)>> AddInterviewsAsync(DateTimeOffset now)
    {
        var topics = await db.Topics.ToDictionaryAsync(t => t.Slug);
        var briefs = await db.Briefs.Where(b => b.IsDemo && b.Status == BriefStatus.Published && b.PublishedOn != null).ToListAsync();
        var claimed = (await db.Interviews.Where(i => i.ClaimedMonth != null).Select(i => i.ClaimedMonth!.Value).ToListAsync()).ToHashSet();
        var slugs = (await db.Interviews.Select(i => i.Slug).ToListAsync()).ToHashSet();
        var interviews = new List<(Interview Interview, DemoInterview Demo)>();

        Interview? New(DemoInterview demo, InterviewMonth month, DateTimeOffset createdAt)
        {
            var linked = demo.TopicSlugs.Where(topics.ContainsKey).Select(s => topics[s]).ToList();
            if (linked.Count == 0 || (demo.PublishedOn is not null && claimed.Contains(month.Key)))
            {
                return null;
            }

            var interview = Build(demo, month, linked, UniqueSlug(Slugs.From(demo.Title), slugs), createdAt);
            interviews.Add((interview, demo));
            return interview;
        }

        var archive = DemoInterviews.Archive;
        for (var n = 0; n < archive.Count; n++)
        {
            var day = archive[n].PublishedOn!.Value;
            var publishedAt = MorningInBrussels(day);
            if (New(archive[n], InterviewMonth.FromDate(day), publishedAt.AddDays(-8)) is not { } interview)
            {
                continue;
            }

            // The latest brief of each topic out before the interview: what a reader would want to read next.
            interview.Briefs = interview.Topics
                .Select(t => briefs.Where(b => b.TopicId == t.Id && b.PublishedOn <= day).MaxBy(b => b.PublishedOn))
                .OfType<Brief>()
                .ToList();
            interview.Publish(publishedAt);
            interview.QuestionnaireClosedAt = n < archive.Count - OpenQuestionnaires ? publishedAt.AddMonths(1) : null;
        }

        var scheduledMonth = ScheduledMonth(now);
        if (!claimed.Contains(scheduledMonth.Key))
        {
            New(DemoInterviewDrafts.Scheduled, scheduledMonth, now.AddDays(-12))?.Schedule(MorningInBrussels(FirstWorkingDay(scheduledMonth)));
        }

        New(DemoInterviewDrafts.InReview, scheduledMonth.Next, now.AddDays(-5))?.SendToReview();
        New(DemoInterviewDrafts.Draft, scheduledMonth.Next.Next, now.AddDays(-2));
        db.Interviews.AddRange(interviews.Select(s => s.Interview));
        return interviews;
    }

    private static Interview Build(DemoInterview demo, InterviewMonth month, List<Topic> topics, string slug, DateTimeOffset createdAt) => new()
    {
        Year = month.Year,
        Month = month.Month,
        Title = demo.Title,
        Slug = slug,
        NewsHeadline = demo.NewsHeadline,
        NewsUrl = demo.NewsUrl,
        ExpertName = demo.Expert.Name,
        ExpertRole = demo.Expert.Role,
        ExpertOrganisation = demo.Expert.Organisation,
        Standfirst = demo.Standfirst,
        Body = demo.Body,
        TimeZoneId = TimeZoneId,
        PreviewToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32)),
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
        IsDemo = true,
        Topics = topics,
        Questions = demo.Questions.Select((q, i) => new InterviewQuestion
        {
            Position = i + 1,
            Text = q.Text,
            Kind = q.Kind,
            Options = q.Options.Select((o, j) => new InterviewOption { Position = j + 1, Text = o }).ToList(),
        }).ToList(),
    };

    /// <summary>
    /// 20 to 80 anonymous readers, most of them in the first days, drawn from a generator seeded with the month: every
    /// first run gives the same results. Choices lean one way per question, as real answers do; an undecided option
    /// stays small. Each sample free answer is given once.
    /// </summary>
    private static IEnumerable<QuestionnaireResponse> DemoResponses(Interview interview, DemoInterview demo, DateTimeOffset now)
    {
        var random = new Random(interview.InterviewMonth.Key);
        var publishedAt = interview.PublishedAt!.Value;
        var window = (interview.QuestionnaireClosedAt ?? publishedAt.AddMonths(1)) - publishedAt;
        var questions = interview.Questions.OrderBy(q => q.Position).ToList();
        var weights = questions.ToDictionary(q => q, q => q.Options.Select(o => IsUndecided(o.Text) ? 1 : random.Next(2, 12)).ToArray());
        var freeAnswers = questions.ToDictionary(q => q, q => new Queue<string>(demo.Questions[q.Position - 1].SampleAnswers));
        var count = random.Next(20, 81);
        var responses = new List<QuestionnaireResponse>(count);
        for (var r = 0; r < count; r++)
        {
            var key = new byte[32];
            random.NextBytes(key);
            var response = new QuestionnaireResponse
            {
                InterviewId = interview.Id,
                BrowserKey = Convert.ToHexStringLower(key),
                SubmittedAt = publishedAt + (window * Math.Pow(random.NextDouble(), 2)),
            };
            foreach (var question in questions)
            {
                response.Answers.AddRange(Answers(question, weights[question], freeAnswers[question], random));
            }

            if (response.SubmittedAt <= now && response.Answers.Count > 0)
            {
                responses.Add(response);
            }
        }

        return responses.OrderBy(r => r.SubmittedAt);
    }

    private static IEnumerable<QuestionnaireAnswer> Answers(InterviewQuestion question, int[] weights, Queue<string> freeAnswers, Random random)
    {
        var options = question.Options.OrderBy(o => o.Position).ToList();
        switch (question.Kind)
        {
            case QuestionKind.SingleChoice:
                var pick = random.Next(weights.Sum());
                var chosen = 0;
                while (pick >= weights[chosen])
                {
                    pick -= weights[chosen++];
                }

                return [new QuestionnaireAnswer { QuestionId = question.Id, OptionId = options[chosen].Id }];
            case QuestionKind.MultipleChoice:
                var ticked = options.Where((_, i) => random.Next(14) < weights[i]).ToList();
                return (ticked.Count > 0 ? ticked : [options[Array.IndexOf(weights, weights.Max())]])
                    .Select(o => new QuestionnaireAnswer { QuestionId = question.Id, OptionId = o.Id });
            default:
                return freeAnswers.Count > 0 && random.Next(3) == 0
                    ? [new QuestionnaireAnswer { QuestionId = question.Id, Text = freeAnswers.Dequeue() }]
                    : [];
        }
    }

    private static bool IsUndecided(string option) =>
        option.StartsWith("Not sure", StringComparison.Ordinal) || option.StartsWith("I don't know", StringComparison.Ordinal);

    private static DateOnly FirstWorkingDay(InterviewMonth month)
    {
        var day = month.FirstDay;
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    // 09:00 in Brussels, the editors' habit, whatever the season; the same conversion the consultation editor uses.
    private static DateTimeOffset MorningInBrussels(DateOnly day) => ConsultationTimes.ToUtc(day.ToDateTime(PublishingTime), TimeZoneId)!.Value;

    private static string UniqueSlug(string root, HashSet<string> taken)
    {
        var slug = root;
        for (var n = 2; !taken.Add(slug); n++)
        {
            slug = $"{root}-{n}";
        }

        return slug;
    }
}
