using System.Globalization;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Security.BadInput;

/// <summary>
/// Real route values from the demo database, so every action is reached with something it finds: keyed by the route
/// up to the parameter ("/editor/consultations/{slug}"), so the desk's routes all get the same consultation. A route
/// that has no sample here fails the walk, rather than being walked with values that only ever answer 404.
/// </summary>
public sealed class RouteSamples(IReadOnlyDictionary<string, string> values, IReadOnlyList<int> questionIds)
{
    /// <summary>The questions of the interview whose questionnaire is walked (answers are posted as <c>q{id}</c>).</summary>
    public IReadOnlyList<int> QuestionIds => questionIds;

    public string? For(RoutePattern route, string parameter)
    {
        var index = route.PathSegments.ToList().FindIndex(s => s.Parts.OfType<RoutePatternParameterPart>().Any(p => p.Name == parameter));
        return values.GetValueOrDefault(RouteTemplates.Of(route, index + 1));
    }

    public static async Task<RouteSamples> LoadAsync(PortalFactory factory, DateTimeOffset now) => await factory.WithDbAsync(async db =>
    {
        // Loaded whole and chosen in memory: SQLite cannot compare the DateTimeOffset columns.
        var brief = await db.Briefs.AsNoTracking().FirstAsync(b => b.Status == BriefStatus.Published);
        var events = await db.Events.AsNoTracking().Where(e => e.IsPublished && e.SeatPoolId != null).ToListAsync();
        var evt = events.OrderBy(e => e.StartsAt).FirstOrDefault(e => e.StartsAt > now) ?? events[0];
        var news = await db.NewsPosts.AsNoTracking().Where(n => n.IsPublished).OrderByDescending(n => n.ImageStoredName != null).ThenBy(n => n.Id).FirstAsync();
        var consultations = await db.Consultations.AsNoTracking().Where(c => !c.IsCancelled).ToListAsync();
        var open = consultations.OrderBy(c => c.StartsAt).First(c => c.RegistrationDeadline > now);
        var contribution = await db.Contributions.AsNoTracking().Include(c => c.Consultation).OrderBy(c => c.Id).FirstAsync();
        var topic = await db.Topics.AsNoTracking().OrderBy(t => t.Id).FirstAsync();
        var cycle = await db.Cycles.AsNoTracking().FirstAsync(c => c.IsCurrent);
        var interview = (await db.Interviews.AsNoTracking().Include(i => i.Questions).Where(i => i.Status == InterviewStatus.Published).ToListAsync())
            .Where(i => i.Questions.Count > 0 && i.QuestionnaireClosedAt is null).OrderByDescending(i => i.ExpertPhotoStoredName is not null).ThenBy(i => i.Id).First();
        var practitioner = await db.Users.AsNoTracking().FirstAsync(u => u.Email == "practitioner@resoma.local");
        var registration = await db.SeatRegistrations.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        var anyQuestion = await db.RegistrationQuestions.AsNoTracking().OrderBy(q => q.Id).Select(q => q.Id).FirstAsync();
        async Task<int> QuestionOf(int? poolId) =>
            await db.RegistrationQuestions.AsNoTracking().Where(q => q.SeatPoolId == poolId).OrderBy(q => q.Id).Select(q => (int?)q.Id).FirstOrDefaultAsync() ?? anyQuestion;
        var deskConsultation = await db.Consultations.AsNoTracking().SingleAsync(c => c.Id == contribution.ConsultationId);

        // The demo has no newsletter: a draft issue is made for the walk, so its pages are reached with one they find.
        var issue = new NewsletterIssue { Subject = "Walked issue", Body = "A draft for the walk.", CreatedAt = now, UpdatedAt = now };
        db.NewsletterIssues.Add(issue);
        await db.SaveChangesAsync();

        // Someone to write to: a public profile that takes messages, of a person none of the walk's visitors signs in as
        // (the demo seeds no profiles in this branch).
        var roleAccounts = ReSoma.Web.Data.Seeding.DemoAccounts.All.Select(a => a.Email).ToList();
        var writable = await db.PublicProfiles.AsNoTracking().Where(p => p.IsPublic && p.AcceptsMessages && !roleAccounts.Contains(p.User!.Email!)).Select(p => p.Slug).FirstOrDefaultAsync();
        if (writable is null)
        {
            var owner = await db.Users.AsNoTracking().Where(u => !roleAccounts.Contains(u.Email!)).OrderBy(u => u.Id).Select(u => u.Id).FirstOrDefaultAsync() ?? practitioner.Id;
            db.PublicProfiles.Add(new PublicProfile { UserId = owner, Slug = writable = "walked-profile", IsPublic = true, AcceptsMessages = true, UpdatedAt = now });
            await db.SaveChangesAsync();
        }

        var values = new Dictionary<string, string>
        {
            ["/briefs/{slug}"] = brief.Slug,
            ["/editor/briefs/{id}"] = Text(brief.Id),
            ["/editor/statistics/briefs/{id}"] = Text(brief.Id),
            ["/events/{slug}"] = evt.Slug,
            ["/editor/events/{id}"] = Text(evt.Id),
            ["/account/registrations/{id}"] = Text(registration),
            ["/editor/consultations/{slug}/check-in/{registrationId}"] = Text(registration),
            ["/editor/events/{id}/check-in/{registrationId}"] = Text(registration),
            // The demo has no brief links: the removal is walked with a well-formed id it does not find (404).
            ["/editor/briefs/{id}/links/{linkId}"] = "1",
            ["/editor/interviews/{id}/links/{linkId}"] = "1",
            // The demo briefs have no corrections yet: version 1 is walked and not found (404).
            ["/briefs/{slug}/versions/{number}"] = "1",
            // A token the portal did not sign: the unsubscribe page is not found.
            ["/account/notifications/unsubscribe/{token}"] = "not-a-token",
            ["/network/{slug}"] = writable,
            // A token the portal did not sign: the block page is not found.
            ["/account/blocked/confirm/{token}"] = "not-a-token",
            ["/editor/events/{id}/registration/questions/{questionId}"] = Text(await QuestionOf(evt.SeatPoolId)),
            ["/editor/consultations/{slug}/registration/questions/{questionId}"] = Text(await QuestionOf(deskConsultation.SeatPoolId)),
            ["/news/{slug}"] = news.Slug,
            ["/news/images/{id}"] = Text(news.Id),
            ["/editor/news/{id}"] = Text(news.Id),
            ["/editor/newsletter/{id}"] = Text(issue.Id),
            ["/consultations/{slug}"] = open.Slug,
            ["/editor/consultations/{id}"] = Text(open.Id),
            ["/editor/consultations/{slug}"] = contribution.Consultation!.Slug,
            ["/editor/consultations/{slug}/contributions/{id}"] = Text(contribution.Id),
            ["/topics/{slug}"] = topic.Slug,
            ["/feeds/topics/{slug}"] = topic.Slug,
            ["/feeds/areas/{area}"] = Area.Asylum.Slug(),
            ["/feeds/series/{series}"] = BriefSeries.PolicyOptionBrief.Slug(),
            // A secret no one holds: the private feed is not found.
            ["/feeds/private/{token}"] = "not-a-token",
            ["/cycles/{year}"] = Text(cycle.Year),
            ["/admin/cycles/{year}"] = Text(cycle.Year),
            ["/interviews/{year}"] = Text(interview.Year),
            ["/interviews/{year}/{month}"] = Text(interview.Month),
            ["/interviews/{year}/{month}/{slug}"] = interview.Slug,
            ["/interviews/{id}"] = Text(interview.Id),
            ["/interviews/photos/{id}"] = Text(interview.Id),
            ["/editor/interviews/{id}"] = Text(interview.Id),

            // A well-formed name that no backup has: the download answers 404, the bad ones too.
            ["/admin/backup/files/{name}"] = "resoma-20200205T093000Z.db",

            // Not one of the walk's own identities, so locking or deleting it does not end the walk.
            ["/admin/users/{id}"] = practitioner.Id,
        };
        return new RouteSamples(values, interview.Questions.Select(q => q.Id).ToList());
    });

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
