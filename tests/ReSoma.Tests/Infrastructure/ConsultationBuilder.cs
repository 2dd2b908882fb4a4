using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Infrastructure;

/// <summary>A consultation as a test wants it: "build a consultation with 3 seats".</summary>
public sealed record NewConsultation(string Title)
{
    public int Seats { get; init; } = 3;
    public ConsultationFormat Format { get; init; } = ConsultationFormat.FeedbackMeeting;
    public TimeSpan StartsIn { get; init; } = TimeSpan.FromDays(10);
    public TimeSpan Duration { get; init; } = TimeSpan.FromHours(3);
    public TimeSpan DeadlineIn { get; init; } = TimeSpan.FromDays(7);
    public string AllowedRoles { get; init; } = string.Join(',', Roles.Stakeholders);
    public bool IsCancelled { get; init; }

    /// <summary>Published unless a test asks for a draft (or, with <see cref="PublishAt"/>, a scheduled one).</summary>
    public bool Published { get; init; } = true;

    public DateTimeOffset? PublishAt { get; init; }
    public bool ShowContributions { get; init; }
    public string? OnlineLink { get; init; } = "https://meet.example.org/secret-room";
    public string? Place { get; init; }
}

public static class ConsultationBuilder
{
    public static async Task<Consultation> AddConsultationAsync(this PortalFactory factory, NewConsultation spec, DateTimeOffset? now = null)
    {
        var at = now ?? DateTimeOffset.UtcNow;
        Consultation? consultation = null;
        await factory.WithDbAsync(async db =>
        {
            var topic = await db.Topics.FirstOrDefaultAsync();
            if (topic is null)
            {
                var cycle = new Cycle { Year = 2019, IsCurrent = true, OpenedAt = at.AddYears(-1) };
                topic = new Topic { Title = "Immigration detention", Slug = "immigration-detention", Area = Area.Migration, Origin = TopicOrigin.EuAgenda, Cycle = cycle };
                db.Topics.Add(topic);
            }

            consultation = new Consultation
            {
                Topic = topic,
                Title = spec.Title,
                Slug = Slugs.From(spec.Title),
                Format = spec.Format,
                Description = "What we will discuss.",
                StartsAt = at + spec.StartsIn,
                EndsAt = at + spec.StartsIn + spec.Duration,
                RegistrationDeadline = at + spec.DeadlineIn,
                AllowedRoles = spec.AllowedRoles,
                IsCancelled = spec.IsCancelled,
                CancellationReason = spec.IsCancelled ? "The venue is unavailable." : null,
                ShowContributions = spec.ShowContributions,
                OnlineLink = spec.OnlineLink,
                Place = spec.Place,
                Seats = new SeatPool { Capacity = spec.Seats },
                IsPublished = spec.Published,
                PublishAt = spec.PublishAt,
                CreatedAt = at,
                UpdatedAt = at,
            };
            db.Consultations.Add(consultation);
            await db.SaveChangesAsync();
        });
        return consultation!;
    }

    /// <summary>Stakeholder accounts that can log in with <see cref="PortalFactory.Password"/>, made in one go.</summary>
    public static async Task<List<string>> AddStakeholdersAsync(this PortalFactory factory, int count, string role = Roles.Researcher, string prefix = "person")
    {
        var emails = new List<string>();
        await using var scope = factory.Services.CreateAsyncScope();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>();
        await factory.WithDbAsync(async db =>
        {
            var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
            var hash = hasher.HashPassword(new ApplicationUser(), PortalFactory.Password);
            for (var i = 1; i <= count; i++)
            {
                var email = $"{prefix}{i:000}@example.org";
                var user = new ApplicationUser
                {
                    UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true, DisplayName = $"Person {i}", PasswordHash = hash, SecurityStamp = Guid.NewGuid().ToString("N"),
                    LockoutEnabled = true, RegisteredAt = DateTimeOffset.UtcNow,
                };
                db.Users.Add(user);
                db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
                emails.Add(email);
            }

            await db.SaveChangesAsync();
        });
        return emails;
    }
}
