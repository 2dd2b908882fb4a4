using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Briefs.Versions;
using ReSoma.Web.Features.Messages;
using ReSoma.Web.Infrastructure.Notifications;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.BrowserTests.Infrastructure;

/// <summary>
/// Fills a route's parameters with the demo content's real values. A value is named by the literal segment before the
/// parameter and the parameter's name ("briefs/{slug}", "versions/{number}"), so a new page under an existing resource
/// (say <c>/editor/briefs/{id}/history</c>) is filled without a line here; a new resource needs one line.
/// </summary>
public sealed partial class DemoRouteValues
{
    private readonly Dictionary<string, string> _values;
    private readonly Dictionary<string, string> _queries;

    private DemoRouteValues(Dictionary<string, string> values, Dictionary<string, string> queries) => (_values, _queries) = (values, queries);

    /// <summary>
    /// Adds what the demo content lacks but some pages show: an attended seat for the stakeholder (their registration page
    /// and certificate), a
    /// second version of a brief (the version page) and a newsletter draft (its editor and preview).
    /// </summary>
    public static async Task AddWhatTheDemoLacksAsync(IServiceProvider services, string stakeholderEmail)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var stakeholder = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(stakeholderEmail)
            ?? throw new InvalidOperationException($"The demo account {stakeholderEmail} is missing.");
        // A consultation that is over, since only those give certificates (filtered here: SQLite cannot compare offsets).
        var pool = (await db.Consultations.Where(c => c.IsPublished && !c.IsCancelled && c.SeatPoolId != null).OrderBy(c => c.Id)
            .Select(c => new { c.SeatPoolId, c.EndsAt }).ToListAsync()).First(c => c.EndsAt < DateTimeOffset.UtcNow).SeatPoolId;
        var seat = await scope.ServiceProvider.GetRequiredService<SeatAllocator>().RegisterAsync(pool!.Value, stakeholder.Id);
        (await db.SeatRegistrations.SingleAsync(r => r.Id == seat.RegistrationId)).AttendedAt = DateTimeOffset.UtcNow; // so it has a certificate

        var brief = await db.Briefs.Include(b => b.Authors).Where(b => b.Status == BriefStatus.Published).OrderBy(b => b.Id).FirstAsync();
        var version = BriefVersionRecorder.Capture(brief, "Demo Author");
        version.Number = 1;
        version.PublishedAt = DateTimeOffset.UtcNow;
        version.EditorName = "Demo Editor";
        db.BriefVersions.Add(version);
        // A public profile that takes messages (its message page), of someone other than the stakeholder who writes.
        var owner = await db.Users.Where(u => u.Email != stakeholderEmail).OrderBy(u => u.Id).Select(u => u.Id).FirstAsync();
        db.PublicProfiles.Add(new PublicProfile { UserId = owner, Slug = "demo-profile", IsPublic = true, AcceptsMessages = true, UpdatedAt = DateTimeOffset.UtcNow });
        db.NewsletterIssues.Add(new NewsletterIssue
        {
            Subject = "ReSOMA in brief",
            Body = "The latest briefs and events.",
            CreatedAt = DateTimeOffset.UtcNow,
            UpdatedAt = DateTimeOffset.UtcNow,
            EditorName = "Demo Editor",
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Reads the values when asked, after the signed-in visitors have opened their pages (which makes some).</summary>
    public static async Task<DemoRouteValues> ReadAsync(IServiceProvider services, string stakeholderEmail)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var tokens = scope.ServiceProvider.GetRequiredService<SubscriptionTokens>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var stakeholder = await users.FindByEmailAsync(stakeholderEmail)
            ?? throw new InvalidOperationException($"The demo account {stakeholderEmail} is missing.");

        // A published brief (with its first version, if it has one), a consultation and an event that take registrations,
        // an interview that is out. A value the demo lacks stays out, and the routes that need it are reported.
        var brief = await db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Published).OrderBy(b => b.Id)
            .Select(b => new { b.Id, b.Slug, Version = db.BriefVersions.Where(v => v.BriefId == b.Id).Min(v => (int?)v.Number) }).FirstOrDefaultAsync();
        var consultation = await db.Consultations.AsNoTracking().Where(c => c.IsPublished && c.SeatPoolId != null).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Slug }).FirstOrDefaultAsync();
        var evt = await db.Events.AsNoTracking().Where(e => e.IsPublished && e.SeatPoolId != null).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.Slug }).FirstOrDefaultAsync();
        var interview = await db.Interviews.AsNoTracking().Where(i => i.Status == InterviewStatus.Published).OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.Year, i.Month, i.Slug }).FirstOrDefaultAsync();
        var news = await db.NewsPosts.AsNoTracking().Where(n => n.IsPublished).OrderBy(n => n.Id).Select(n => new { n.Id, n.Slug }).FirstOrDefaultAsync();
        var topic = await db.Topics.AsNoTracking().OrderBy(t => t.Id).Select(t => t.Slug).FirstOrDefaultAsync();
        var cycle = await db.Cycles.AsNoTracking().OrderBy(c => c.Year).Select(c => (int?)c.Year).FirstOrDefaultAsync();
        var newsletter = await db.NewsletterIssues.AsNoTracking().OrderBy(n => n.Id).Select(n => (int?)n.Id).FirstOrDefaultAsync();
        var registration = await db.SeatRegistrations.AsNoTracking().Where(r => r.UserId == stakeholder.Id).OrderBy(r => r.Id).Select(r => (int?)r.Id).FirstOrDefaultAsync();
        var profile = await db.PublicProfiles.AsNoTracking().Where(p => p.IsPublic && p.AcceptsMessages).OrderBy(p => p.Slug).Select(p => new { p.Slug, p.UserId }).FirstOrDefaultAsync();
        var feedToken = await db.NotificationSettings.AsNoTracking().Where(s => s.UserId == stakeholder.Id).Select(s => s.FeedToken).FirstOrDefaultAsync();

        var values = new Dictionary<string, string?>
        {
            ["briefs/{slug}"] = brief?.Slug,
            ["briefs/{id}"] = brief?.Id.ToString(),
            ["versions/{number}"] = brief?.Version?.ToString(),
            ["consultations/{slug}"] = consultation?.Slug,
            ["consultations/{id}"] = consultation?.Id.ToString(),
            ["events/{slug}"] = evt?.Slug,
            ["events/{id}"] = evt?.Id.ToString(),
            ["interviews/{id}"] = interview?.Id.ToString(),
            ["interviews/{year}"] = interview?.Year.ToString(),
            ["interviews/{month}"] = interview?.Month.ToString("00"),
            ["interviews/{slug}"] = interview?.Slug,
            ["news/{slug}"] = news?.Slug,
            ["news/{id}"] = news?.Id.ToString(),
            ["topics/{slug}"] = topic,
            ["cycles/{year}"] = cycle?.ToString(),
            ["newsletter/{id}"] = newsletter?.ToString(),
            ["users/{id}"] = stakeholder.Id,
            ["registrations/{id}"] = registration?.ToString(),
            ["unsubscribe/{token}"] = tokens.For(stakeholder.Id, SubscriptionKind.Newsletter),
            ["private/{token}"] = feedToken,
            ["areas/{area}"] = Area.Migration.Slug(),
            ["series/{series}"] = BriefSeries.DiscussionBrief.Slug(),
            ["error/{code}"] = "404",
            ["network/{slug}"] = profile?.Slug,
            // The block link a message mail carries: the stakeholder blocking the profile's owner.
            ["confirm/{token}"] = profile is null ? null : scope.ServiceProvider.GetRequiredService<BlockTokens>().For(stakeholder.Id, profile.UserId),
        };

        // Pages that open from a mailed link, whose address carries what the link carries.
        var queries = new Dictionary<string, string>
        {
            ["/account/confirm-email"] = Link(stakeholder.Id, await users.GenerateEmailConfirmationTokenAsync(stakeholder)),
            ["/account/reset-password"] = Link(stakeholder.Id, await users.GeneratePasswordResetTokenAsync(stakeholder)),
        };
        return new(values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!), queries);
    }

    private static string Link(string userId, string token) =>
        $"?userId={Uri.EscapeDataString(userId)}&code={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";

    /// <summary>The query string a page opened from a mail needs, or "".</summary>
    public string QueryFor(string pattern) => _queries.GetValueOrDefault(pattern, "");

    /// <summary>The route with every parameter filled, or the names of those that could not be (as "segment/{name}").</summary>
    public (string? Path, IReadOnlyList<string> Missing) Fill(string pattern)
    {
        var missing = new List<string>();
        var literal = "";
        var segments = pattern.Split('/').Select(segment =>
        {
            if (!Parameter().IsMatch(segment))
            {
                literal = segment;
                return segment;
            }

            return Parameter().Replace(segment, m =>
            {
                var key = $"{literal}/{{{m.Groups[1].Value}}}";
                if (_values.TryGetValue(key, out var value))
                {
                    return Uri.EscapeDataString(value);
                }

                missing.Add(key);
                return m.Value;
            });
        }).ToList();

        return missing.Count == 0 ? (string.Join('/', segments), missing) : (null, missing);
    }

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
