using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// Demo events of both historical cycles, the final conference in Lisbon, and two upcoming events on the current
/// cycle's topics, one open for registration. Seats are filled with the demo participants the consultations seeder made
/// (accounts nobody can log in with), when there are any. Runs once (see <see cref="SeedMarks"/>); topics an admin has
/// deleted are left out, and without a current cycle there is nothing upcoming to seed.
/// </summary>
public sealed class DemoEventSeeder(ReSomaDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string MarkName = "demo:events:v2";
    public const string FirstStoryMarkName = "demo:events:v1";

    public Task SeedAsync() => SeedMarks.RunOnceAsync(db, MarkName, AddAsync, clock, FirstStoryMarkName);

    private async Task AddAsync()
    {
        var now = clock.GetUtcNow();
        var history = await db.Topics.Where(t => t.Cycle!.Year == 2018 || t.Cycle.Year == 2019).ToDictionaryAsync(t => t.Slug);
        var current = await DemoTopicLookup.CurrentAsync(db);
        IReadOnlyList<DemoEvent> upcoming = current.Count == 0 ? [] : DemoEvents.Upcoming(now);
        var participants = await db.Users.Where(u => u.IsDemo && u.PasswordHash == null).OrderBy(u => u.Email).Select(u => u.Id).ToListAsync();
        // An address an editor already gave a real event stays theirs.
        var taken = (await db.Events.Select(e => e.Slug).ToListAsync()).ToHashSet();
        var events = DemoEvents.History.Select(d => (Demo: d, Topics: history)).Concat(upcoming.Select(d => (Demo: d, Topics: current)));
        foreach (var (demo, topics) in events.Where(e => !taken.Contains(e.Demo.Slug)))
        {
            var e = new Event
            {
                Kind = demo.Kind,
                Title = demo.Title,
                Slug = demo.Slug,
                Summary = demo.Summary,
                Description = demo.Description,
                TimeZoneId = demo.TimeZoneId,
                StartsAt = Utc(demo.Starts, demo.TimeZoneId),
                EndsAt = Utc(demo.Ends, demo.TimeZoneId),
                Venue = demo.Venue,
                City = demo.City,
                OnlineLink = demo.OnlineLink,
                IsPublished = true,
                // Demo participants have no mailbox: their pools send no reminders (the editor can switch them on).
                Seats = demo.Capacity is { } capacity ? new SeatPool { Capacity = capacity, ReminderHours = "", Questions = DemoRegistrationQuestions.ForEvent() } : null,
                RegistrationDeadline = demo.RegistrationDeadline is { } deadline ? Utc(deadline, demo.TimeZoneId) : null,
                CreatedAt = now,
                UpdatedAt = now,
                IsDemo = true,
                Sessions = demo.Sessions.Select(s => new EventSession
                {
                    StartsAt = Utc(s.Starts, demo.TimeZoneId), EndsAt = Utc(s.Ends, demo.TimeZoneId), Title = s.Title, Speakers = s.Speakers, Themes = s.Themes,
                }).ToList(),
                Topics = demo.TopicSlugs.Where(topics.ContainsKey).Select(s => topics[s]).ToList(),
            };
            db.Events.Add(e);
            await db.SaveChangesAsync();
            if (e.Seats is not null)
            {
                await FillSeatsAsync(e, demo, participants, now);
            }
        }
    }

    // Demo data written directly, as decision 0011 allows seeders to: people registered before the deadline, in order.
    private async Task FillSeatsAsync(Event e, DemoEvent demo, List<string> participants, DateTimeOffset now)
    {
        var count = Math.Min(demo.Registrations, participants.Count);
        var opened = (e.RegistrationDeadline ?? e.StartsAt) < now ? e.StartsAt.AddDays(-30) : now.AddDays(-7);
        for (var i = 0; i < count; i++)
        {
            var confirmed = i < e.Seats!.Capacity;
            var at = opened.AddHours(i * 5);
            db.SeatRegistrations.Add(new SeatRegistration
            {
                SeatPoolId = e.Seats.Id,
                UserId = participants[i],
                Status = confirmed ? SeatStatus.Confirmed : SeatStatus.Waitlisted,
                Sequence = i + 1,
                RegisteredAt = at,
                ConfirmedAt = confirmed ? at : null,
                Code = AttendanceCodes.New(),
                AttendedAt = confirmed && e.EndsAt < now ? e.StartsAt : null,
                // No mailbox either for the mail to people still waiting when registration closes: counted as sent.
                WaitlistClosedMailAt = confirmed ? null : at,
            });
        }

        e.Seats!.Arrivals = count;
        await db.SaveChangesAsync();
    }

    private static DateTimeOffset Utc(DateTime local, string zoneId) => ZonedTime.ToUtc(local, zoneId)!.Value;
}
