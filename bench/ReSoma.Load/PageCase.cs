using Microsoft.EntityFrameworkCore;
using ReSoma.Bench;
using ReSoma.Web.Domain;

namespace ReSoma.Load;

/// <summary>One page the benchmark loads: its short name in the table, its path, whether it is asked signed in, and
/// the browser it claims to be (wrk sends no User-Agent, which the usage count takes for a robot: not counted).</summary>
public sealed record PageCase(string Name, string Path, bool SignedIn = false, string? UserAgent = null)
{
    /// <summary>A reader's browser: its reads of a brief are counted (queued, hashed, written once an hour).</summary>
    public const string Browser = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";

    public static IReadOnlyList<string> Names { get; } =
    [
        "home", "briefs", "briefs-filtered", "brief", "brief-counted", "brief-pdf", "search-rare", "search-common", "search-phrase",
        "search-filtered", "consultations", "consultation", "interviews", "interview", "events-calendar", "news",
        "site-search", "home-signed-in", "consultation-signed-in", "health", "robots",
    ];

    /// <summary>The pages, with slugs and ids picked from the seeded database: a brief from the middle of the
    /// library, the first upcoming consultation that takes registrations, the latest interview, this month's calendar.</summary>
    public static async Task<IReadOnlyList<PageCase>> PickAsync(BenchDatabase database, DateTimeOffset now)
    {
        await using var db = database.NewContext();
        var briefCount = await db.Briefs.CountAsync();
        var brief = await db.Briefs.OrderBy(b => b.Id).Skip(briefCount / 2).Select(b => b.Slug).FirstAsync();
        var consultation = (await OpenConsultationsAsync(database, now))[0];
        var interview = await db.Interviews.Where(i => i.Status == InterviewStatus.Published)
            .OrderByDescending(i => i.Year).ThenByDescending(i => i.Month).Select(i => new { i.Year, i.Month, i.Slug }).FirstAsync();
        var month = now.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            new("home", "/"),
            new("briefs", "/briefs"),
            new("briefs-filtered", "/briefs?area=asylum&series=policy-options&year=2020"),
            new("brief", "/briefs/" + brief),
            new("brief-counted", "/briefs/" + brief, UserAgent: Browser),
            new("brief-pdf", $"/briefs/{brief}/pdf"),
            new("search-rare", "/briefs?q=" + Vocabulary.RareWord),
            new("search-common", "/briefs?q=policy"),
            new("search-phrase", "/briefs?q=" + Uri.EscapeDataString("\"safe third country\"")),
            new("search-filtered", "/briefs?q=detention&area=asylum&year=2020"),
            new("consultations", "/consultations"),
            new("consultation", "/consultations/" + consultation),
            new("interviews", "/interviews"),
            new("interview", Interview.PathOf(interview.Year, interview.Month, interview.Slug)),
            new("events-calendar", "/events?view=calendar&month=" + month),
            new("news", "/news"),
            new("site-search", "/search?q=asylum"),
            new("home-signed-in", "/", SignedIn: true),
            new("consultation-signed-in", "/consultations/" + consultation, SignedIn: true),
            new("health", "/health"),
            new("robots", "/robots.txt"),
        ];
    }

    /// <summary>Slugs of the consultations that still take registrations, soonest first.</summary>
    public static async Task<IReadOnlyList<string>> OpenConsultationsAsync(BenchDatabase database, DateTimeOffset now)
    {
        await using var db = database.NewContext();
        // Read and filtered here: SQLite cannot compare DateTimeOffset values in SQL.
        var all = await db.Consultations.Where(c => !c.IsCancelled).Select(c => new { c.Slug, c.StartsAt, c.RegistrationDeadline }).ToListAsync();
        return all.Where(c => c.RegistrationDeadline > now).OrderBy(c => c.StartsAt).Select(c => c.Slug).ToList();
    }
}
