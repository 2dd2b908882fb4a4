using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Usage;

namespace ReSoma.Tests.Usage;

/// <summary>Views and downloads counted COUNTER-style through HTTP on real SQLite: once per visitor, item and hour,
/// robots and HEAD left out, cached pages counted, and the same use stored once whichever writer sees it.</summary>
public sealed class UsageCountingTests : PortalTest<UsageFactory>
{
    public UsageCountingTests(UsageFactory factory) : base(factory)
    {
        factory.ForgetUsage();
    }

    private PortalClient Visitor(string address, string userAgent = UsageFactory.Browser)
    {
        var client = NewClient();
        client.Http.DefaultRequestHeaders.Add(UsageFactory.RemoteHeader, address);
        client.Http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return client;
    }

    private Task<List<UsageHit>> HitsAsync() => Factory.WithDbAsync(db => db.UsageHits.AsNoTracking().OrderBy(h => h.Id).ToListAsync());

    [Fact]
    public async Task Robots_head_requests_and_misses_are_not_counted()
    {
        await Factory.AddBriefAsync(new NewBrief("Detention options"));
        Assert.Equal(HttpStatusCode.OK, (await Visitor("203.0.113.7", UsageFactory.Googlebot).GetAsync("/briefs/detention-options")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Visitor("203.0.113.8", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)").GetAsync("/briefs/detention-options")).Status);
        var head = await Visitor("203.0.113.9").Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/briefs/detention-options"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Visitor("203.0.113.9").GetAsync("/briefs/no-such-brief")).Status);

        await Factory.FlushAsync();
        Assert.Empty(await HitsAsync());
    }

    [Fact]
    public async Task A_visitor_counts_once_per_item_and_hour()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Detention options"));
        var reader = Visitor("203.0.113.7");
        await reader.GetAsync("/briefs/detention-options");
        await reader.GetAsync("/briefs/detention-options"); // from the output cache: counted, and merged
        await Factory.FlushAsync();
        var first = Assert.Single(await HitsAsync());
        Assert.Equal((UsageKinds.Brief, brief.Id, UsageMetric.View, new DateTime(2026, 11, 20, 10, 0, 0)), (first.ItemKind, first.ItemId, first.Metric, first.Hour));
        Assert.Equal(64, first.Visitor.Length);
        Assert.DoesNotContain("203.0.113.7", first.Visitor, StringComparison.Ordinal);

        await reader.GetAsync("/briefs/detention-options"); // same hour, a later batch: the stored row holds
        await Factory.FlushAsync();
        Assert.Single(await HitsAsync());

        Factory.Clock.Advance(TimeSpan.FromHours(1));
        await reader.GetAsync("/briefs/detention-options");
        await Factory.FlushAsync();
        Assert.Equal(2, (await HitsAsync()).Count);

        await Visitor("203.0.113.99").GetAsync("/briefs/detention-options");
        await Factory.FlushAsync();
        var hits = await HitsAsync();
        Assert.Equal(3, hits.Count);
        Assert.Equal(2, hits.Select(h => h.Visitor).Distinct().Count());
    }

    [Fact]
    public async Task Downloads_and_interview_views_are_counted_and_previews_are_not()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Detention options"));
        var interview = await Factory.NewInterview(2026, 10, "Borders at sea").Published(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero));
        var reader = Visitor("203.0.113.7");
        Assert.Equal(HttpStatusCode.OK, (await reader.Http.GetAsync("/briefs/detention-options/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/interviews/2026/10/borders-at-sea")).Status);

        var editor = Visitor("203.0.113.50");
        await editor.LoginAsRoleAsync(Roles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/editor/briefs/{brief.Id}/preview")).Status);

        await Factory.FlushAsync();
        var hits = await HitsAsync();
        Assert.Equal(2, hits.Count);
        Assert.Contains(hits, h => h.ItemKind == UsageKinds.Brief && h.ItemId == brief.Id && h.Metric == UsageMetric.Download);
        Assert.Contains(hits, h => h.ItemKind == UsageKinds.Interview && h.ItemId == interview.Id && h.Metric == UsageMetric.View);
    }

    [Fact]
    public async Task A_burst_of_a_thousand_uses_counts_each_visitor_and_item_once()
    {
        var slugs = new List<string>();
        for (var i = 1; i <= 5; i++)
        {
            slugs.Add((await Factory.AddBriefAsync(new NewBrief($"Brief number {i}"))).Slug);
        }

        // 100 visitors, 10 uses each, spread over the 5 briefs: each visitor uses each brief twice.
        var queue = Factory.Services.GetRequiredService<UsageQueue>();
        var at = Factory.Clock.GetUtcNow();
        var accepted = 0;
        Parallel.For(0, 1000, n =>
        {
            var (visitor, repeat) = (n / 10, n % 10);
            if (queue.TryEnqueue(new UsageEvent(UsageKinds.Brief, slugs[repeat % 5], UsageMetric.View, at, $"198.51.100.{visitor}", UsageFactory.Browser)))
            {
                Interlocked.Increment(ref accepted);
            }
        });

        // And through HTTP at the same time: 10 visitors reading one brief 5 times each, concurrently.
        await Task.WhenAll(Enumerable.Range(0, 10).SelectMany(v => Enumerable.Range(0, 5).Select(_ => Visitor($"192.0.2.{v}").GetAsync("/briefs/" + slugs[0]))));

        Assert.Equal(1000, accepted);
        Assert.Equal(510, await Factory.FlushAsync());
        var hits = await HitsAsync();
        Assert.Equal(510, hits.Count);
        Assert.All(hits.GroupBy(h => h.ItemId), g => Assert.Equal(g.Key == hits.Min(h => h.ItemId) ? 110 : 100, g.Count()));
    }

    [Fact]
    public async Task Two_instances_writing_the_same_uses_store_each_once()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Detention options"));
        var at = Factory.Clock.GetUtcNow();
        var batch = Enumerable.Range(0, 300)
            .Select(n => new UsageEvent(UsageKinds.Brief, brief.Slug, n < 150 ? UsageMetric.View : UsageMetric.Download, at, $"198.51.100.{n % 150}", UsageFactory.Browser))
            .ToList();

        // Two writers as two instances would have them: their own salt caches and queues, one database.
        UsageWriter Instance() => new(new UsageQueue(Factory.Services.GetRequiredService<IConfiguration>(), Factory.Services.GetRequiredService<ILogger<UsageQueue>>()),
            new DailySalts(), Factory.Services.GetRequiredService<RobotList>(), Factory.Services.GetRequiredService<IServiceScopeFactory>(), Factory.Clock);
        var added = await Task.WhenAll(Instance().WriteAsync(batch), Instance().WriteAsync(batch), Instance().WriteAsync(batch));

        var hits = await HitsAsync();
        Assert.Equal(300, hits.Count); // 150 visitors × (view, download)
        Assert.Equal(300, added.Sum());
        Assert.Single(await Factory.WithDbAsync(db => db.UsageSalts.ToListAsync()));
    }

    [Fact]
    public async Task The_salt_changes_every_day_and_yesterdays_is_deleted()
    {
        await Factory.AddBriefAsync(new NewBrief("Detention options"));
        var reader = Visitor("203.0.113.7");
        await reader.GetAsync("/briefs/detention-options");
        await Factory.FlushAsync();
        var today = Assert.Single(await Factory.WithDbAsync(db => db.UsageSalts.ToListAsync()));
        Assert.Equal(new DateOnly(2026, 11, 20), today.Day);

        Factory.Clock.Advance(TimeSpan.FromDays(1));
        await reader.GetAsync("/briefs/detention-options");
        await Factory.FlushAsync();

        var salt = Assert.Single(await Factory.WithDbAsync(db => db.UsageSalts.ToListAsync()));
        Assert.Equal(new DateOnly(2026, 11, 21), salt.Day);
        Assert.NotEqual(today.Salt, salt.Salt);
        var hits = await HitsAsync();
        Assert.Equal(2, hits.Count);
        Assert.NotEqual(hits[0].Visitor, hits[1].Visitor);
    }

    [Fact]
    public async Task The_brief_page_says_how_often_it_was_downloaded()
    {
        await Factory.AddBriefAsync(new NewBrief("Detention options"));
        for (var i = 1; i <= 3; i++)
        {
            await Visitor($"203.0.113.{i}").Http.GetAsync("/briefs/detention-options/pdf");
        }

        await Factory.FlushAsync();
        var page = await Visitor("203.0.113.1").GetAsync("/briefs/detention-options");
        Assert.Equal("Downloaded 3 times · read 0 times", page.One("#brief-usage")!.TextContent);
    }
}
