using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data;
using ReSoma.Web.Data.Seeding;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Admin.DemoContent;
using ReSoma.Web.Infrastructure.Calendar;
using Xunit.Abstractions;

namespace ReSoma.Tests.Data;

/// <summary>The demo interviews a first start seeds: the archive 2018–2020, this month's, and the editors' interviews ahead of the clock.</summary>
public sealed class DemoInterviewSeedTests(DemoPortalFactory factory, ITestOutputHelper output) : PortalTest<DemoPortalFactory>(factory)
{
    private static readonly InterviewMonth First = new(2018, 3);
    private static readonly InterviewMonth Last = new(2020, 1);

    [Fact]
    public async Task The_archive_has_one_published_interview_a_month_from_March_2018_to_January_2020()
    {
        var published = await Factory.WithDbAsync(db => Archive(db).ToListAsync());

        var expected = new List<InterviewMonth>();
        for (var month = First; month.CompareTo(Last) <= 0; month = month.Next)
        {
            expected.Add(month);
        }

        Assert.Equal(23, published.Count);
        Assert.Equal(expected, published.Select(i => i.InterviewMonth));
        Assert.All(published, i =>
        {
            Assert.Empty(i.PublishingProblems());
            Assert.True(i.IsDemo);
            Assert.Equal(i.InterviewMonth.Key, i.ClaimedMonth);
            Assert.Equal(i.InterviewMonth, InterviewMonth.FromDate(DateOnly.FromDateTime(i.PublishedAt!.Value.UtcDateTime)));
            Assert.Equal(9, ZonedTime.In(i.PublishedAt.Value, "Europe/Brussels").Hour);
            Assert.NotEqual(DayOfWeek.Saturday, i.PublishedAt.Value.DayOfWeek);
            Assert.NotEqual(DayOfWeek.Sunday, i.PublishedAt.Value.DayOfWeek);
            Assert.Null(i.ExpertPhotoStoredName);
            Assert.StartsWith("https://", i.NewsUrl, StringComparison.Ordinal);
            Assert.InRange(i.Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, 250, 500);
            Assert.InRange(i.Questions.Count, 1, 3);
            Assert.All(i.Questions.Where(q => q.HasOptions), q => Assert.InRange(q.Options.Count, 3, 5));
            Assert.InRange(i.Topics.Count, 1, 2);

            // Interviews of 2018 belong to the 2018 cycle; those of 2019 and January 2020 to the 2019 cycle.
            Assert.All(i.Topics, t => Assert.Equal(i.Year == 2018 ? 2018 : 2019, t.Cycle!.Year));
            Assert.All(i.Briefs, b => Assert.True(b.PublishedOn <= DateOnly.FromDateTime(i.PublishedAt.Value.UtcDateTime)));
        });
        Assert.Equal(23, published.Select(i => i.Slug).Distinct().Count());
        Assert.Contains(published, i => i.Questions.Any(q => q.Kind == QuestionKind.FreeText));
        Assert.Contains(published, i => i.Questions.Any(q => q.Kind == QuestionKind.MultipleChoice));

        var revisions = await Factory.WithDbAsync(db => db.InterviewRevisions.ToListAsync());
        Assert.Equal(27, revisions.Count);
        Assert.All(revisions, r => Assert.Equal((1, DemoInterviewSeeder.EditorName, DemoInterviewSeeder.RevisionAction), (r.Number, r.EditorName, r.Action)));
        var searchable = await Factory.WithDbAsync(db => db.SearchDocuments.CountAsync(d => d.InterviewId != null && d.IsPublic));
        Assert.Equal(24, searchable);
    }

    [Fact]
    public async Task This_months_interview_is_published_on_a_topic_carried_into_this_years_cycle_and_links_its_2019_report()
    {
        var now = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var thisMonth = InterviewMonth.FromDate(DateOnly.FromDateTime(now.UtcDateTime));
        var interview = await Factory.WithDbAsync(db => Published(db).SingleAsync(i => i.ClaimedMonth == thisMonth.Key));

        Assert.Empty(interview.PublishingProblems());
        Assert.True(interview.PublishedAt <= now && interview.IsQuestionnaireOpen(now));
        var topic = Assert.Single(interview.Topics);
        Assert.True(topic.Cycle!.IsCurrent && topic.FirstEntryId is not null);
        var report = Assert.Single(interview.Briefs);
        Assert.Equal((topic.FirstEntryId, BriefSeries.FinalSyntheticReport), (report.TopicId, report.Series));

        var home = await Client.GetAsync("/");
        Assert.Equal("Interview of the month", home.One("#interview-of-the-month")!.TextContent.Trim());
        Assert.Equal(interview.PublicPath, home.One(".home-interview h3 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_archives_questionnaires_are_closed_this_months_is_open_and_readers_have_answered()
    {
        var published = await Factory.WithDbAsync(db => Published(db).ToListAsync());
        var responses = await Factory.WithDbAsync(db => db.QuestionnaireResponses.AsNoTracking().Include(r => r.Answers).ToListAsync());
        var now = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();

        Assert.Equal(24, published.Count);
        Assert.All(published.SkipLast(1), i => Assert.Equal(i.PublishedAt!.Value.AddMonths(1), i.QuestionnaireClosedAt));
        Assert.True(published[^1].IsQuestionnaireOpen(now));
        Assert.All(published, i =>
        {
            var answered = responses.Where(r => r.InterviewId == i.Id).ToList();
            // This month's questionnaire has only just opened: its readers are those who answered before the clock.
            Assert.InRange(answered.Count, i == published[^1] ? 0 : 20, 80);
            Assert.All(answered, r =>
            {
                Assert.Null(r.UserId);
                Assert.Matches("^[0-9a-f]{64}$", r.BrowserKey!);
                Assert.InRange(r.SubmittedAt, i.PublishedAt!.Value, i.QuestionnaireClosedAt ?? now);
                Assert.NotEmpty(r.Answers);
                Assert.All(i.Questions.Where(q => q.Kind == QuestionKind.SingleChoice), q => Assert.Single(r.Answers, a => a.QuestionId == q.Id));
            });
        });

        var closed = published[0];
        var page = await Client.GetAsync(closed.PublicPath);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("This questionnaire is closed", page.One(".questionnaire-state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(responses.Count(r => r.InterviewId == closed.Id).ToString(System.Globalization.CultureInfo.InvariantCulture), page.One(".response-count")!.TextContent);
        Assert.Null(page.One("img.expert-photo"));
        Assert.Matches("^[A-ZÀ-Ž]{2}$", page.One(".expert-initials")!.TextContent.Trim());

        var open = await Client.GetAsync(published[^1].PublicPath);
        Assert.Equal(HttpStatusCode.OK, open.Status);
        Assert.NotNull(open.One("#questionnaire-form"));
    }

    [Fact]
    public async Task The_editors_interviews_lie_ahead_of_the_clock_and_only_the_scheduled_one_claims_its_month()
    {
        var now = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var ahead = await Factory.WithDbAsync(db => db.Interviews.AsNoTracking()
            .Include(i => i.Topics).ThenInclude(t => t.Cycle).Include(i => i.Questions).ThenInclude(q => q.Options)
            .Where(i => i.Status != InterviewStatus.Published)
            .AsSplitQuery()
            .ToListAsync());

        var scheduled = Assert.Single(ahead, i => i.Status == InterviewStatus.Scheduled);
        var nextMonth = InterviewMonth.FromDate(DateOnly.FromDateTime(now.UtcDateTime)).Next;
        Assert.Equal(nextMonth, scheduled.InterviewMonth);
        Assert.True(scheduled.PublishAt > now);
        Assert.Empty(scheduled.ScheduleProblems(scheduled.PublishAt!.Value, now));
        Assert.Equal(9, ZonedTime.In(scheduled.PublishAt.Value, "Europe/Brussels").Hour);
        Assert.Equal(nextMonth.Key, scheduled.ClaimedMonth);
        Assert.Null(scheduled.PublishedAt);

        var inReview = Assert.Single(ahead, i => i.Status == InterviewStatus.InReview);
        var draft = Assert.Single(ahead, i => i.Status == InterviewStatus.Draft);
        Assert.Empty(inReview.PublishingProblems());
        Assert.NotEmpty(draft.PublishingProblems());
        Assert.Equal(3, ahead.Count);
        Assert.All(ahead, i =>
        {
            Assert.True(i.IsDemo);
            Assert.False(i.IsPublic);
            Assert.True(i.InterviewMonth.CompareTo(nextMonth) >= 0);
            Assert.NotEmpty(i.Topics);
            Assert.All(i.Topics, t => Assert.True(t.Cycle!.IsCurrent, t.Title));
            Assert.NotEmpty(i.PreviewToken);
        });
        Assert.All([inReview, draft], i => Assert.Null(i.ClaimedMonth));

        foreach (var interview in ahead)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(interview.PublicPath)).Status);
        }

        var hidden = await Factory.WithDbAsync(db => db.SearchDocuments.CountAsync(d => d.InterviewId != null && !d.IsPublic));
        Assert.Equal(3, hidden);
    }

    [Fact]
    public async Task A_second_start_adds_no_interview_twice()
    {
        var before = await CountAsync();
        await Factory.Services.InitializeDatabaseAsync();
        Assert.Equal(before, await CountAsync());
        Assert.Equal((27, 27), (before.Interviews, before.Revisions));
    }

    [Fact]
    public async Task Deleting_the_demo_content_removes_every_demo_interview_for_good()
    {
        Assert.Equal(27, (await CountAsync()).Interviews);
        await Factory.WithDbAsync(db => new DemoContentRemover(db).RemoveAsync());
        Assert.Equal((0, 0, 0, 0, 0), await CountAsync());
        Assert.Equal(0, await Factory.WithDbAsync(db => db.SearchDocuments.CountAsync(d => d.InterviewId != null)));

        await Factory.Services.InitializeDatabaseAsync();
        Assert.Equal((0, 0, 0, 0, 0), await CountAsync());
    }

    [Fact]
    public async Task Months_that_editors_have_claimed_are_left_to_them_and_the_seeding_cost_stays_small()
    {
        var now = Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        await Factory.WithDbAsync(async db =>
        {
            await RemoveDemoInterviewsAsync(db);
            var may = new Interview { Title = "An editor's May", Slug = "an-editors-may", Year = 2018, Month = 5, CreatedAt = now, UpdatedAt = now };
            may.Publish(now);
            var next = DemoInterviewSeeder.ScheduledMonth(now);
            var coming = new Interview { Title = "An editor's next month", Slug = "an-editors-next-month", Year = next.Year, Month = next.Month, CreatedAt = now, UpdatedAt = now };
            coming.Schedule(next.StartUtc.AddDays(3));
            db.Interviews.AddRange(may, coming);
            await db.SaveChangesAsync();
        });

        var seeding = Stopwatch.StartNew();
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IDemoSeeder>().OfType<DemoInterviewSeeder>().Single().SeedAsync();
        }

        seeding.Stop();
        output.WriteLine($"Demo interview seeding took {seeding.ElapsedMilliseconds} ms");

        var demo = await Factory.WithDbAsync(db => db.Interviews.Where(i => i.IsDemo).Select(i => new { i.Status, i.Year, i.Month }).ToListAsync());
        Assert.Equal(22 + 1, demo.Count(i => i.Status == InterviewStatus.Published)); // the archive without May 2018, and this month's
        Assert.DoesNotContain(demo, i => i is { Year: 2018, Month: 5 });
        Assert.DoesNotContain(demo, i => i.Status == InterviewStatus.Scheduled);
        Assert.Equal(2, demo.Count(i => i.Status is InterviewStatus.Draft or InterviewStatus.InReview));

        // Typically well under a second; the bound only catches a regression such as a save per answer, not a busy machine.
        Assert.InRange(seeding.ElapsedMilliseconds, 0, 15_000);
    }

    private static IQueryable<Interview> Archive(ReSomaDbContext db) => Published(db).Where(i => i.ClaimedMonth <= Last.Key);

    private static IQueryable<Interview> Published(ReSomaDbContext db) =>
        db.Interviews.AsNoTracking()
            .Where(i => i.IsDemo && i.Status == InterviewStatus.Published)
            .Include(i => i.Topics).ThenInclude(t => t.Cycle)
            .Include(i => i.Briefs)
            .Include(i => i.Questions).ThenInclude(q => q.Options)
            .AsSplitQuery()
            .OrderBy(i => i.ClaimedMonth);

    private static async Task RemoveDemoInterviewsAsync(ReSomaDbContext db)
    {
        await db.QuestionnaireResponses.Where(r => db.Interviews.Any(i => i.IsDemo && i.Id == r.InterviewId)).ExecuteDeleteAsync();
        await db.Interviews.Where(i => i.IsDemo).ExecuteDeleteAsync();
        await db.SeedMarks.Where(m => m.Name == DemoInterviewSeeder.MarkName).ExecuteDeleteAsync();
    }

    private Task<(int Interviews, int Revisions, int Questions, int Responses, int Answers)> CountAsync() => Factory.WithDbAsync(async db => (
        await db.Interviews.CountAsync(),
        await db.InterviewRevisions.CountAsync(),
        await db.InterviewQuestions.CountAsync(),
        await db.QuestionnaireResponses.CountAsync(),
        await db.QuestionnaireAnswers.CountAsync()));
}
