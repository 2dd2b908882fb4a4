using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// Demo consultations with demo participants (accounts without a password, so nobody can log in as them): open
/// ones, one full with a waitlist, and past ones with accepted contributions. Policy option briefs of the same
/// topics are linked to them.
/// </summary>
public sealed class DemoConsultationSeeder(ReSomaDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string MarkName = "demo:consultations:v1";
    public const string ParticipantDomain = "participants.resoma.local";

    public Task SeedAsync() => SeedMarks.RunOnceAsync(db, MarkName, AddAsync, clock);

    private async Task AddAsync()
    {
        var now = clock.GetUtcNow();
        var participants = await AddParticipantsAsync(now);
        var topics = await db.Topics.ToDictionaryAsync(t => t.Slug, t => t.Id);
        foreach (var demo in DemoConsultations.All.Where(d => topics.ContainsKey(d.TopicSlug)))
        {
            var starts = MorningUtc(now.AddDays(demo.StartsInDays));
            var consultation = new Consultation
            {
                TopicId = topics[demo.TopicSlug],
                Format = demo.Format,
                Title = demo.Title,
                Slug = Slugs.From(demo.Title),
                Description = demo.Description,
                StartsAt = starts,
                EndsAt = starts.AddHours(demo.Hours),
                TimeZoneId = "Europe/Brussels",
                Place = demo.Place,
                OnlineLink = demo.OnlineLink,
                RegistrationDeadline = MorningUtc(now.AddDays(demo.DeadlineInDays)),
                ShowContributions = demo.ShowContributions,
                Seats = new SeatPool { Capacity = demo.Capacity, Arrivals = demo.Registrations },
                CreatedAt = now,
                UpdatedAt = now,
                IsDemo = true,
            };
            db.Consultations.Add(consultation);
            await db.SaveChangesAsync();

            for (var i = 0; i < demo.Registrations; i++)
            {
                var confirmed = i < demo.Capacity;
                db.SeatRegistrations.Add(new SeatRegistration
                {
                    SeatPoolId = consultation.SeatPoolId,
                    UserId = participants[i % participants.Count],
                    Status = confirmed ? SeatStatus.Confirmed : SeatStatus.Waitlisted,
                    Sequence = i + 1,
                    RegisteredAt = consultation.CreatedAt.AddMinutes(-90 + i),
                    ConfirmedAt = confirmed ? consultation.CreatedAt : null,
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
    private async Task<List<string>> AddParticipantsAsync(DateTimeOffset now)
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
                RegisteredAt = now.AddDays(-30),
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
