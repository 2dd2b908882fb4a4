using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Consultations.Editor;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// The demo monthly interviews: the archive, one published for each month from March 2018 to January 2020, its
/// questionnaires closed; this month's, published on a topic of the current cycle with its questionnaire open; and, on
/// current topics too, one scheduled for the coming month, one in review and one draft after it. Anonymous readers have
/// answered every published one. Runs once (see <see cref="SeedMarks"/>), after the topics and briefs. Months already
/// claimed by editors' interviews are left to them, and an interview whose topics an admin has deleted (or, for this
/// month's and the editors' ones, a portal without a current cycle) is not seeded, as with the demo briefs.
/// </summary>
public sealed class DemoInterviewSeeder(ReSomaDbContext db, TimeProvider clock, ILogger<DemoInterviewSeeder> logger) : IDemoSeeder
{
    public const string MarkName = "demo:interviews:v2";
    public const string FirstStoryMarkName = "demo:interviews:v1";
    public const string EditorName = "ReSOMA editorial team";
    public const string RevisionAction = "Created (demo content)";
    public const string TimeZoneId = "Europe/Brussels";

    /// <summary>The month after the archive: whatever the clock says, the editors' interviews never go before it.</summary>
    public static readonly InterviewMonth FirstFutureMonth = new(2020, 2);

    private static readonly TimeOnly PublishingTime = new(9, 0);

    public Task SeedAsync() => SeedMarks.RunOnceAsync(db, MarkName, AddAsync, clock, FirstStoryMarkName);

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
        var current = await DemoTopicLookup.CurrentAsync(db);
        var briefs = await db.Briefs.Where(b => b.IsDemo && b.Status == BriefStatus.Published && b.PublishedOn != null).ToListAsync();
        var claimed = (await db.Interviews.Where(i => i.ClaimedMonth != null).Select(i => i.ClaimedMonth!.Value).ToListAsync()).ToHashSet();
        var slugs = (await db.Interviews.Select(i => i.Slug).ToListAsync()).ToHashSet();
        var interviews = new List<(Interview Interview, DemoInterview Demo)>();

        Interview? New(DemoInterview demo, InterviewMonth month, DateTimeOffset createdAt, Dictionary<string, Topic> lookup)
        {
            var linked = demo.TopicSlugs.Where(lookup.ContainsKey).Select(s => lookup[s]).ToList();
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
            if (New(archive[n], InterviewMonth.FromDate(day), publishedAt.AddDays(-8), topics) is not { } interview)
            {
                continue;
            }

            interview.Briefs = LatestBriefs(interview, briefs, day);
            interview.Publish(publishedAt);
            interview.QuestionnaireClosedAt = publishedAt.AddMonths(1);
        }

        // Work on the current cycle's topics began when the cycle opened, however early in its year the seeding runs.
        var story = new DemoStory(now);
        var opened = story.CurrentYear is { } year ? story.OpenedAt(year) : now;
        DateTimeOffset Since(DateTimeOffset at) => at < opened ? opened : at;

        // This month's interview, unless the month is already taken (by an editor, or by the archive when the clock says January 2020).
        var thisMonth = InterviewMonth.FromDate(DateOnly.FromDateTime(now.UtcDateTime));
        var archived = archive.Select(a => InterviewMonth.FromDate(a.PublishedOn!.Value).Key).ToHashSet();
        if (!claimed.Contains(thisMonth.Key) && !archived.Contains(thisMonth.Key))
        {
            // The editors' habit is the first working day, 09:00 in Brussels; seeding earlier than that publishes at once.
            var publishedAt = MorningInBrussels(FirstWorkingDay(thisMonth)) is var usual && usual < now ? usual : now;
            if (New(DemoInterviewOfTheMonth.Interview, thisMonth, Since(publishedAt.AddDays(-8)), current) is { } interview)
            {
                interview.Briefs = LatestBriefs(interview, briefs, DateOnly.FromDateTime(publishedAt.UtcDateTime));
                interview.Publish(publishedAt);
            }
        }

        var scheduledMonth = ScheduledMonth(now);
        if (!claimed.Contains(scheduledMonth.Key))
        {
            New(DemoInterviewDrafts.Scheduled, scheduledMonth, Since(now.AddDays(-12)), current)?.Schedule(MorningInBrussels(FirstWorkingDay(scheduledMonth)));
        }

        New(DemoInterviewDrafts.InReview, scheduledMonth.Next, Since(now.AddDays(-5)), current)?.SendToReview();
        New(DemoInterviewDrafts.Draft, scheduledMonth.Next.Next, Since(now.AddDays(-2)), current);
        db.Interviews.AddRange(interviews.Select(s => s.Interview));
        return interviews;
    }

    /// <summary>The latest brief of each topic out before the interview: what a reader would want to read next. A topic
    /// carried into the current cycle has its briefs on its first entry.</summary>
    private static List<Brief> LatestBriefs(Interview interview, List<Brief> briefs, DateOnly day) => interview.Topics
        .Select(t => briefs.Where(b => (b.TopicId == t.Id || b.TopicId == t.FirstEntryId) && b.PublishedOn <= day).MaxBy(b => b.PublishedOn))
        .OfType<Brief>()
        .ToList();

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
