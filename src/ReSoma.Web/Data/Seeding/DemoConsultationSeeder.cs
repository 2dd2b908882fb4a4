using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// Demo consultations with demo participants (accounts without a password, so nobody can log in as them): open and
/// upcoming ones on the current cycle's topics, dated from the day of seeding, one full with a waitlist; and past ones
/// on 2019 topics, held in 2019, with accepted contributions. Policy option briefs of the same topic entry are linked.
/// </summary>
public sealed class DemoConsultationSeeder(ReSomaDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string MarkName = "demo:consultations:v2";
    public const string FirstStoryMarkName = "demo:consultations:v1";
    public const string ParticipantDomain = "participants.resoma.local";

    public Task SeedAsync() => SeedMarks.RunOnceAsync(db, MarkName, AddAsync, clock, FirstStoryMarkName);

    private async Task AddAsync()
    {
        var now = clock.GetUtcNow();
        // Stakeholders since the 2019 cycle, whose consultations some of them attended.
        var participants = await AddParticipantsAsync(new DateTimeOffset(DemoConsultations.HistoryDay.AddDays(-150).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero));
        var current = (await DemoTopicLookup.CurrentAsync(db)).ToDictionary(t => t.Key, t => t.Value.Id);
        var history = await db.Topics.Where(t => t.Cycle!.Year == 2019).ToDictionaryAsync(t => t.Slug, t => t.Id);
        var today = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var historyDay = new DateTimeOffset(DemoConsultations.HistoryDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        // The 2019 consultations were announced in the spring of 2019, the current ones as the portal was seeded; these
        // start no earlier than their cycle's first morning (seeded on 1 January, a survey does not begin in December).
        var opening = MorningUtc(new DateTimeOffset(now.Year, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var dated = DemoConsultations.Current.Where(d => current.ContainsKey(d.TopicSlug))
            .Select(d => (Demo: d, TopicId: current[d.TopicSlug], From: today, NotBefore: opening, Created: now))
            .Concat(DemoConsultations.History.Where(d => history.ContainsKey(d.TopicSlug))
                .Select(d => (Demo: d, TopicId: history[d.TopicSlug], From: historyDay, NotBefore: DateTimeOffset.MinValue, Created: historyDay.AddDays(-100))));
        foreach (var (demo, topicId, from, notBefore, created) in dated)
        {
            var starts = MorningUtc(from.AddDays(demo.StartsInDays)) is var usual && usual < notBefore ? notBefore : usual;
            var consultation = new Consultation
            {
                TopicId = topicId,
                Format = demo.Format,
                Title = demo.Title,
                Slug = Slugs.From(demo.Title),
                Description = demo.Description,
                StartsAt = starts,
                EndsAt = starts.AddHours(demo.Hours),
                TimeZoneId = "Europe/Brussels",
                Place = demo.Place,
                OnlineLink = demo.OnlineLink,
                RegistrationDeadline = MorningUtc(from.AddDays(demo.DeadlineInDays)),
                ShowContributions = demo.ShowContributions,
                IsPublished = true,
                // Demo participants have no mailbox: their pools send no reminders (the editor can switch them on).
                Seats = demo.Format.TakesSeats() ? new SeatPool { Capacity = demo.Capacity, Arrivals = demo.Registrations, ReminderHours = "", Questions = DemoRegistrationQuestions.ForConsultation() } : null,
                CreatedAt = created,
                UpdatedAt = created,
                IsDemo = true,
            };
            db.Consultations.Add(consultation);
            await db.SaveChangesAsync();

            for (var i = 0; consultation.SeatPoolId is { } pool && i < demo.Registrations; i++)
            {
                var confirmed = i < demo.Capacity;
                db.SeatRegistrations.Add(new SeatRegistration
                {
                    SeatPoolId = pool,
                    UserId = participants[i % participants.Count],
                    Status = confirmed ? SeatStatus.Confirmed : SeatStatus.Waitlisted,
                    Sequence = i + 1,
                    RegisteredAt = consultation.CreatedAt.AddMinutes(-90 + i),
                    ConfirmedAt = confirmed ? consultation.CreatedAt : null,
                    Code = AttendanceCodes.New(),
                    AttendedAt = confirmed && consultation.EndsAt < now ? consultation.StartsAt : null,
                    // No mailbox either for the mail to people still waiting when registration closes: counted as sent.
                    WaitlistClosedMailAt = confirmed ? null : consultation.CreatedAt,
                });
            }

            for (var i = 0; i < demo.Contributions.Count; i++)
            {
                var (title, body) = demo.Contributions[i];
                db.Contributions.Add(new Contribution
                {
                    ConsultationId = consultation.Id,
                    AuthorUserId = participants[i],
                    Title = title,
                    Body = body,
                    Status = ContributionStatus.Accepted,
                    ModeratedAt = starts,
                    ModeratedByName = "ReSOMA editors",
                    SubmittedAt = starts.AddDays(-3),
                    UpdatedAt = starts.AddDays(-3),
                });
            }

            var options = await db.Briefs.Where(b => b.TopicId == consultation.TopicId && b.Series == BriefSeries.PolicyOptionBrief).Select(b => b.Id).ToListAsync();
            db.BriefConsultations.AddRange(options.Select(id => new BriefConsultation { BriefId = id, ConsultationId = consultation.Id }));
            await db.SaveChangesAsync();
        }
    }

    // Registrations hold at most one row per person, so there are as many participants as the largest demo turnout needs.
    private async Task<List<string>> AddParticipantsAsync(DateTimeOffset registeredAt)
    {
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id);
        var ids = new List<string>();
        var needed = DemoConsultations.All.Max(d => d.Registrations);
        for (var i = 0; i < needed; i++)
        {
            var (name, role, country) = DemoConsultations.Participants[i % DemoConsultations.Participants.Count];
            var number = i + 1;
            var email = $"participant{number:00}@{ParticipantDomain}";
            var user = new ApplicationUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = i < DemoConsultations.Participants.Count ? name : $"{name} ({number})",
                Country = country,
                RegisteredAt = registeredAt,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                IsDemo = true,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = user.Id, RoleId = roles[role] });
            ids.Add(user.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    private static DateTimeOffset MorningUtc(DateTimeOffset day) => new(day.Year, day.Month, day.Day, 9, 0, 0, TimeSpan.Zero);
}
