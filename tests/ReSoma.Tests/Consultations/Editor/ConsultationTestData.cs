using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Tests.Consultations.Editor;

public static class ConsultationTestData
{
    public const string Researcher = "researcher@resoma.local";
    public const string Policymaker = "policymaker@resoma.local";
    public const string Practitioner = "practitioner@resoma.local";

    /// <summary>A topic for the forms: the one the shared builder uses when there is one, else one of cycle 2031.</summary>
    public static async Task<int> TopicIdAsync(this PortalFactory factory)
    {
        var existing = factory.WithDb(db => db.Topics.Select(t => (int?)t.Id).FirstOrDefault());
        if (existing is { } id)
        {
            return id;
        }

        await factory.AddCycleAsync(2031, topics: ("Immigration detention", Area.Migration));
        return factory.WithDb(db => db.Topics.Single().Id);
    }

    /// <summary>A feedback meeting in Brussels (for the shared <see cref="ConsultationBuilder"/>), registration
    /// closing two days before it starts; a negative <paramref name="startsInDays"/> makes a past one.</summary>
    public static NewConsultation Meeting(string title = "Feedback meeting on detention", int seats = 2, int startsInDays = 30, bool cancelled = false) =>
        new(title)
        {
            Seats = seats,
            StartsIn = TimeSpan.FromDays(startsInDays),
            DeadlineIn = TimeSpan.FromDays(startsInDays - 2),
            IsCancelled = cancelled,
            Place = "Brussels",
        };

    public static string EditUrl(this Consultation consultation) => $"/editor/consultations/{consultation.Id}/edit";

    public static string DeskUrl(this Consultation consultation) => $"/editor/consultations/{consultation.Slug}";

    /// <summary>A confirmed stakeholder account with a name and an organisation (the shared builder's have neither).</summary>
    public static async Task<string> AddPersonAsync(this PortalFactory factory, string name, string email, string role = Roles.Researcher, string? organisation = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = name,
            RegisteredAt = DateTimeOffset.UtcNow,
            Organisation = organisation is null ? null : new Organisation { Name = organisation, NormalizedName = Organisation.Normalize(organisation) },
        };
        var created = await users.CreateAsync(user, PortalFactory.Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, role);
        return user.Id;
    }

    public static string UserId(this PortalFactory factory, string email) => factory.WithDb(db => db.Users.Single(u => u.Email == email).Id);

    /// <summary>Registers people in this order through the shared allocator, as the public pages do.</summary>
    public static async Task RegisterAsync(this PortalFactory factory, Consultation consultation, params string[] emails)
    {
        foreach (var email in emails)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var seats = scope.ServiceProvider.GetRequiredService<SeatAllocator>();
            await seats.RegisterAsync(consultation.SeatPoolId!.Value, factory.UserId(email));
        }
    }

    public static async Task CancelRegistrationAsync(this PortalFactory factory, Consultation consultation, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SeatAllocator>().CancelAsync(consultation.SeatPoolId!.Value, factory.UserId(email));
    }

    public static async Task<int> AddContributionAsync(this PortalFactory factory, Consultation consultation, string email, string title)
    {
        var contribution = new Contribution
        {
            ConsultationId = consultation.Id,
            AuthorUserId = factory.UserId(email),
            Title = title,
            Body = "Detention should be **the last resort**.",
            SubmittedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
        };
        await factory.WithDbAsync(async db =>
        {
            db.Contributions.Add(contribution);
            await db.SaveChangesAsync();
        });
        return contribution.Id;
    }

    public static Dictionary<SeatStatus, List<string>> SeatsByStatus(this PortalFactory factory, Consultation consultation) =>
        factory.WithDb(db => db.SeatRegistrations.Include(r => r.User).Where(r => r.SeatPoolId == consultation.SeatPoolId).OrderBy(r => r.Sequence).ToList())
            .GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Select(r => r.User!.Email!).ToList());
}
