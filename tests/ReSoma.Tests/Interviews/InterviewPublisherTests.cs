using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Interviews.Publishing;

namespace ReSoma.Tests.Interviews;

/// <summary>The publishing schedule, with a clock the test moves.</summary>
public sealed class InterviewPublisherTests(InterviewPublisherTests.ClockPortalFactory factory) : PortalTest<InterviewPublisherTests.ClockPortalFactory>(factory)
{
    private static readonly DateTimeOffset Start = new(2026, 4, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset PublishAt = new(2026, 5, 4, 7, 0, 0, TimeSpan.Zero);

    public sealed class ClockPortalFactory : PortalFactory
    {
        public FakeTimeProvider Clock { get; } = new(Start);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
        }
    }

    [Fact]
    public async Task A_scheduled_interview_is_hidden_a_minute_before_its_time_and_published_once_a_minute_after()
    {
        Factory.Clock.AdjustTime(Start); // tests share the clock; each starts from the same moment
        var id = await AddScheduledAsync("Who rescues at sea", 2026, 5, PublishAt);
        var publisher = Factory.Services.GetRequiredService<InterviewPublisher>();

        Factory.Clock.AdjustTime(PublishAt - TimeSpan.FromMinutes(1));
        Assert.Empty(await publisher.PublishDueAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/interviews/2026/05/who-rescues-at-sea")).Status);
        Assert.False(Factory.WithDb(db => db.SearchDocuments.Single(d => d.InterviewId == id).IsPublic));

        Factory.Clock.AdjustTime(PublishAt + TimeSpan.FromMinutes(1));
        // Two publishers at once (plus the hosted loop, woken by the clock): the database lets exactly one publish it.
        var runs = await Task.WhenAll(publisher.PublishDueAsync(), publisher.PublishDueAsync());
        Assert.InRange(runs.Sum(r => r.Count), 0, 1);
        Assert.Empty(await publisher.PublishDueAsync());

        var page = await Client.GetAsync("/interviews/2026/05/who-rescues-at-sea");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Who rescues at sea", page.Document.QuerySelector("h1")!.TextContent.Trim());

        var published = Factory.WithDb(db => db.Interviews.AsNoTracking().Single(i => i.Id == id));
        Assert.Equal(InterviewStatus.Published, published.Status);
        Assert.Equal(PublishAt + TimeSpan.FromMinutes(1), published.PublishedAt);
        Assert.Equal(202605, published.ClaimedMonth);
        var search = Factory.WithDb(db => db.SearchDocuments.Single(d => d.InterviewId == id));
        Assert.True(search.IsPublic);
        var revisions = Factory.WithDb(db => db.InterviewRevisions.Where(r => r.InterviewId == id).OrderBy(r => r.Number).ToList());
        var publishing = Assert.Single(revisions, r => r.Action == "Published as scheduled");
        Assert.Equal(InterviewPublisher.RevisionAuthor, publishing.EditorName);
        Assert.Equal(revisions.Count, publishing.Number);
    }

    [Fact]
    public async Task An_interview_taken_back_to_draft_is_not_published_when_its_old_time_comes()
    {
        Factory.Clock.AdjustTime(Start); // tests share the clock; each starts from the same moment
        var id = await AddScheduledAsync("Detention in numbers", 2026, 5, PublishAt);
        await Factory.WithDbAsync(async db =>
        {
            var interview = await db.Interviews.SingleAsync(i => i.Id == id);
            interview.ReturnToDraft();
            await db.SaveChangesAsync();
        });

        Factory.Clock.AdjustTime(PublishAt + TimeSpan.FromHours(1));
        Assert.Empty(await Factory.Services.GetRequiredService<InterviewPublisher>().PublishDueAsync());
        Assert.Equal(InterviewStatus.Draft, Factory.WithDb(db => db.Interviews.Single(i => i.Id == id).Status));
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/interviews/2026/05/detention-in-numbers")).Status);
    }

    [Fact]
    public async Task The_database_refuses_a_second_interview_for_a_claimed_month()
    {
        Factory.Clock.AdjustTime(Start); // tests share the clock; each starts from the same moment
        await AddScheduledAsync("First for May", 2026, 5, PublishAt);
        await Assert.ThrowsAsync<DbUpdateException>(() => AddScheduledAsync("Second for May", 2026, 5, PublishAt + TimeSpan.FromDays(1)));
        Assert.Equal(1, Factory.WithDb(db => db.Interviews.Count(i => i.Year == 2026 && i.Month == 5)));
    }

    private async Task<int> AddScheduledAsync(string title, int year, int month, DateTimeOffset publishAt)
    {
        var interview = new Interview
        {
            Year = year,
            Month = month,
            Title = title,
            Slug = Slugs.From(title),
            ExpertName = "Ana Ferreira",
            ExpertRole = "Researcher",
            ExpertOrganisation = "University of Lisbon",
            Standfirst = "What the story changes.",
            Body = "**Q: Why now?**\n\nBecause the rules are changing.",
            CreatedAt = Start,
            UpdatedAt = Start,
            Questions =
            [
                new InterviewQuestion { Position = 1, Text = "Did you follow the story?", Kind = QuestionKind.SingleChoice, Options = [new() { Position = 1, Text = "Yes" }, new() { Position = 2, Text = "No" }] },
            ],
        };
        Assert.Empty(interview.ScheduleProblems(publishAt, Factory.Clock.GetUtcNow()));
        interview.Schedule(publishAt);
        await Factory.WithDbAsync(async db =>
        {
            db.Interviews.Add(interview);
            await db.SaveChangesAsync();
        });
        return interview.Id;
    }
}
