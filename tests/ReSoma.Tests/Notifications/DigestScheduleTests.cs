using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Notifications;
using ReSoma.Web.Infrastructure.Publishing;
using ReSoma.Web.Infrastructure.Usage;
using Xunit.Abstractions;

namespace ReSoma.Tests.Notifications;

/// <summary>
/// Fourteen weeks of news under a moving clock, across three daylight-saving changes (New York and Brussels skip an
/// hour in March, Sydney repeats one in April), sent by the portal's own digest sender hour by hour. What went out is
/// compared with a model written independently of the sender: a digest falls due at the first moment the person's
/// local clock reaches their hour on their day, and goes out if news came since the one before (decidim#16143 sent a
/// weekly digest once and never again).
/// </summary>
public sealed class DigestScheduleTests(DigestScheduleTests.SteppedClockFactory factory, ITestOutputHelper output) : PortalTest<DigestScheduleTests.SteppedClockFactory>(factory)
{
    private static readonly DateTimeOffset Start = new(2027, 1, 4, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = Start.AddDays(7 * 14);

    // Two weeks without any news: every daily and weekly digest in them must stay unsent.
    private static readonly DateTimeOffset QuietFrom = Start.AddDays(30), QuietUntil = Start.AddDays(44);

    private static readonly FollowTarget Cycle = FollowTargets.CurrentCycle(2027);
    private static readonly FollowTarget Asylum = FollowTargets.OfArea(Area.Asylum);

    private sealed record Person(string Name, DigestFrequency? Frequency, string Zone, int Hour, DayOfWeek WeeklyOn, bool FollowsCycle, bool FollowsAsylum)
    {
        public string Email { get; set; } = "";
        public string UserId { get; set; } = "";
        public bool Follows(News news) => (FollowsCycle && news.Cycle) || (FollowsAsylum && news.Asylum);
    }

    private sealed record News(int Number, DateTimeOffset At, bool Cycle, bool Asylum);

    private static readonly Person[] People =
    [
        new("immediate-brussels", DigestFrequency.Immediately, "Europe/Brussels", 8, DayOfWeek.Monday, true, false),
        new("immediate-newyork", DigestFrequency.Immediately, "America/New_York", 8, DayOfWeek.Monday, false, true),
        new("daily-brussels-2h", DigestFrequency.Daily, "Europe/Brussels", 2, DayOfWeek.Monday, true, false),
        new("daily-sydney-2h", DigestFrequency.Daily, "Australia/Sydney", 2, DayOfWeek.Monday, true, true),
        new("daily-newyork-8h", DigestFrequency.Daily, "America/New_York", 8, DayOfWeek.Monday, false, true),
        new("daily-kolkata-7h", DigestFrequency.Daily, "Asia/Kolkata", 7, DayOfWeek.Monday, true, false),
        new("weekly-brussels-sun-2h", DigestFrequency.Weekly, "Europe/Brussels", 2, DayOfWeek.Sunday, true, false),
        new("weekly-lisbon-mon-8h", DigestFrequency.Weekly, "Europe/Lisbon", 8, DayOfWeek.Monday, true, true),
        new("weekly-newyork-sun-2h", DigestFrequency.Weekly, "America/New_York", 2, DayOfWeek.Sunday, false, true),
        new("weekly-sydney-sun-2h", DigestFrequency.Weekly, "Australia/Sydney", 2, DayOfWeek.Sunday, true, true),
        new("default-settings", null, "Europe/Brussels", 8, DayOfWeek.Monday, true, true),
        new("never", DigestFrequency.Never, "Europe/Brussels", 8, DayOfWeek.Monday, true, true),
    ];

    [Fact]
    public async Task Immediate_daily_and_weekly_digests_go_out_once_per_period_for_fourteen_weeks_across_daylight_saving_changes()
    {
        await AddPeopleAsync();
        var news = NewsSchedule();
        var sender = Factory.Services.GetRequiredService<DigestSender>();
        var pending = new Queue<News>(news);
        var secondRuns = 0;

        for (var now = Start.AddHours(1); now <= End; now = now.AddHours(1))
        {
            Factory.Clock.SetUtcNow(now);
            while (pending.TryPeek(out var next) && next.At <= now)
            {
                pending.Dequeue();
                await Factory.WithDbAsync(db => NewsDesk.AnnounceAsync(db, Announce(next), next.At));
            }

            await sender.RunOnceAsync();
            // A second look in the same hour, as another instance or the next tick would take: it finds nothing to send.
            secondRuns += await sender.RunOnceAsync();
        }

        Assert.Equal(0, secondRuns);
        var claims = Factory.WithDb(db => db.DigestClaims.AsNoTracking().ToList());
        var mails = Factory.WithDb(db => db.QueuedMails.AsNoTracking().Select(m => m.ToAddress).ToList());
        var notifications = Factory.WithDb(db => db.Notifications.AsNoTracking().Select(n => new { n.UserId, n.MailedAt, n.CreatedAt }).ToList());

        var table = new List<string> { "person | kind | sent | expected" };
        foreach (var person in People)
        {
            var mine = claims.Where(c => c.UserId == person.UserId).ToList();
            var received = mails.Count(m => m == person.Email);
            Assert.True(mine.Count == received, $"{person.Name}: {mine.Count} digests claimed but {received} mails queued");
            var frequency = person.Frequency ?? DigestFrequency.Weekly;
            var expected = frequency switch
            {
                DigestFrequency.Immediately => ExpectedImmediate(person, news),
                DigestFrequency.Never => [],
                _ => ExpectedDigests(person, frequency, news),
            };

            if (frequency is DigestFrequency.Daily or DigestFrequency.Weekly)
            {
                var dues = DueTimes(person, frequency).ToDictionary(d => d.Key, d => d.DueAt);
                Assert.Equal(expected.Keys.Order(), mine.Select(c => c.Period).Order());
                foreach (var claim in mine)
                {
                    // Sent within the hour it fell due (the sender looks once an hour here), never before.
                    var late = claim.ClaimedAt - dues[claim.Period];
                    Assert.True(late >= TimeSpan.Zero && late < TimeSpan.FromHours(1), $"{person.Name} {claim.Period}: claimed {late} after it fell due");
                    Assert.True(expected[claim.Period] == claim.Items, $"{person.Name} {claim.Period}: {claim.Items} items, {expected[claim.Period]} expected");
                }
            }
            else
            {
                Assert.Equal(expected.Count, mine.Count);
                Assert.Equal(expected.Values.Sum(), mine.Sum(c => c.Items));
            }

            // Every item mailed once; only what came after the last period that fell due waits for the next one.
            var unmailed = notifications.Count(n => n.UserId == person.UserId && n.MailedAt is null);
            var waiting = frequency switch
            {
                DigestFrequency.Never => news.Count(person.Follows),
                DigestFrequency.Immediately => 0,
                _ => news.Count(n => person.Follows(n) && n.At > DueTimes(person, frequency).Last(d => d.DueAt <= End).DueAt),
            };
            Assert.Equal(waiting, unmailed);
            table.Add($"{person.Name} | {frequency} | {mine.Count} | {expected.Count}");
        }

        output.WriteLine($"Digests sent against expected over 14 weeks ({news.Count} news items, {(End - Start).TotalHours} hourly steps):");
        table.ForEach(output.WriteLine);
        output.WriteLine($"Total: {claims.Count} sent, {claims.Count} expected; second runs in the same hour sent {secondRuns}.");
    }

    private async Task AddPeopleAsync()
    {
        var emails = await Factory.AddStakeholdersAsync(People.Length, prefix: "schedule");
        await Factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < People.Length; i++)
            {
                var person = People[i];
                var user = await db.Users.SingleAsync(u => u.Email == emails[i]);
                (person.Email, person.UserId) = (emails[i], user.Id);
                if (person.FollowsCycle)
                {
                    db.Follows.Add(new Follow { UserId = user.Id, Kind = Cycle.Kind, Key = Cycle.Key, CreatedAt = Start });
                }

                if (person.FollowsAsylum)
                {
                    db.Follows.Add(new Follow { UserId = user.Id, Kind = Asylum.Kind, Key = Asylum.Key, CreatedAt = Start });
                }

                if (person.Frequency is { } frequency)
                {
                    var settings = NotificationDefaults.For(user.Id);
                    (settings.Frequency, settings.TimeZoneId, settings.Hour, settings.WeeklyOn) = (frequency, person.Zone, person.Hour, person.WeeklyOn);
                    db.NotificationSettings.Add(settings);
                }
            }

            await db.SaveChangesAsync();
        });
    }

    /// <summary>About one item every twenty hours at odd minutes, to the cycle, to asylum, or both; none in the quiet weeks.</summary>
    private static List<News> NewsSchedule()
    {
        var random = new Random(2027);
        var news = new List<News>();
        for (var hour = Start; hour < End; hour = hour.AddHours(1))
        {
            if (hour >= QuietFrom && hour < QuietUntil || random.Next(20) != 0)
            {
                continue;
            }

            var kind = random.Next(3);
            news.Add(new News(news.Count + 1, hour.AddMinutes(1 + random.Next(58)), kind != 1, kind != 0));
        }

        return news;
    }

    private static Announcement Announce(News news)
    {
        var targets = new List<FollowTarget>();
        if (news.Cycle)
        {
            targets.Add(Cycle);
        }

        if (news.Asylum)
        {
            targets.Add(Asylum);
        }

        // A cycle's phase is always public news, so nothing needs to exist behind it.
        return new Announcement(NewsKind.CyclePhaseChanged, $"schedule:{news.Number}", $"News {news.Number}", "One line about it.", "/cycles/2027", targets);
    }

    /// <summary>The person's due moments from a week before the start to the end: for each local day (or each chosen
    /// weekday), the first quarter hour at which their local clock reads their hour or later.</summary>
    private static List<(string Key, DateTimeOffset DueAt)> DueTimes(Person person, DigestFrequency frequency)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(person.Zone);
        var prefix = frequency == DigestFrequency.Daily ? "daily:" : "weekly:";
        var dues = new List<(string, DateTimeOffset)>();
        var seen = new HashSet<DateOnly>();
        for (var t = Start.AddDays(-8); t <= End; t = t.AddMinutes(15))
        {
            var local = TimeZoneInfo.ConvertTime(t, zone);
            var day = DateOnly.FromDateTime(local.DateTime);
            if (local.Hour >= person.Hour && (frequency == DigestFrequency.Daily || day.DayOfWeek == person.WeeklyOn) && seen.Add(day))
            {
                dues.Add((prefix + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), t));
            }
        }

        return dues;
    }

    /// <summary>Each period that fell due with news since the one before, and how many items it carries.</summary>
    private static Dictionary<string, int> ExpectedDigests(Person person, DigestFrequency frequency, List<News> news)
    {
        var dues = DueTimes(person, frequency);
        var expected = new Dictionary<string, int>();
        for (var i = 1; i < dues.Count; i++)
        {
            var items = news.Count(n => person.Follows(n) && n.At > dues[i - 1].DueAt && n.At <= dues[i].DueAt);
            if (items > 0 && dues[i].DueAt <= End)
            {
                expected[dues[i].Key] = items;
            }
        }

        return expected;
    }

    /// <summary>One mail per hourly look that found news, carrying all of it.</summary>
    private static Dictionary<string, int> ExpectedImmediate(Person person, List<News> news) =>
        news.Where(person.Follows)
            .GroupBy(n => new DateTimeOffset(n.At.Ticks - n.At.Ticks % TimeSpan.TicksPerHour, TimeSpan.Zero))
            .ToDictionary(g => g.Key.ToString("O"), g => g.Count());

    /// <summary>A portal whose clock the test moves, with its background loops taken out so the test alone drives the sender.</summary>
    public sealed class SteppedClockFactory : PortalFactory
    {
        public FakeTimeProvider Clock { get; } = new(Start);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                var loops = services.Where(d => d.ServiceType == typeof(IHostedService)
                    && (d.ImplementationFactory is not null || d.ImplementationType == typeof(ScheduledPublisher) || d.ImplementationType == typeof(UsageRecorder))).ToList();
                loops.ForEach(loop => services.Remove(loop));
            });
        }
    }
}
