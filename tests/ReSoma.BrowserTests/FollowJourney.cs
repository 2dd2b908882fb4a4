using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using ReSoma.BrowserTests.Infrastructure;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace ReSoma.BrowserTests;

/// <summary>A researcher follows a topic and asks for a daily digest; an editor publishes a brief in it; the
/// notification shows in the header and on the notifications page, and the next morning's digest, read from a real
/// mail server, carries it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FollowJourney(BrowserFixture browser)
{
    private const string BriefTitle = "What detention costs and what it buys";

    [Fact]
    public async Task A_follower_hears_of_a_new_brief_in_the_portal_and_in_the_next_daily_digest()
    {
        using var smtp = new SmtpTestServer();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var portal = new KestrelPortal(clock, new Dictionary<string, string>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:Security"] = "None",
            ["Mail:FromAddress"] = "portal@resoma.test",
        });
        var address = portal.Start();
        var (topicTitle, topicSlug, briefId) = await AddDraftAsync(portal.Services);

        await using var researcher = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var page = await LogInAsync(researcher, address, "researcher@resoma.local");
        await page.GotoAsync(Url(address, "account/notifications"));
        await page.GetByLabel("Daily: one digest a day, if there is news").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your settings are saved.");

        await page.GotoAsync(Url(address, "topics/" + topicSlug));
        await page.GetByRole(AriaRole.Button, new() { Name = "Follow " + topicTitle, Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/topics/{Regex.Escape(topicSlug)}$"));
        await Expect(page.Locator(".follow .badge")).ToContainTextAsync("Following");

        await using var editor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var desk = await LogInAsync(editor, address, "editor@resoma.local");
        await desk.GotoAsync(Url(address, $"editor/briefs/{briefId}/edit"));
        await desk.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
        await Expect(desk.Locator("body")).ToContainTextAsync("Published");

        await page.ReloadAsync();
        await Expect(page.Locator("#unread-count")).ToHaveTextAsync("1 unread");
        await page.Locator("#notifications-link").ClickAsync();
        var item = page.Locator("#notifications li.unread");
        await Expect(item).ToContainTextAsync(BriefTitle);
        await Expect(item).ToContainTextAsync("Because you follow " + topicTitle);
        await Expect(page.Locator("#unread-count")).ToHaveCountAsync(0);

        // The next morning at eight in Brussels (the default zone and hour), the daily digest goes out.
        var brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), brussels);
        var nextMorning = new DateTime(local.Year, local.Month, local.Day, 8, 1, 0, DateTimeKind.Unspecified).AddDays(local.Hour < 8 ? 0 : 1);
        clock.SetUtcNow(new DateTimeOffset(nextMorning, brussels.GetUtcOffset(nextMorning)));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        MimeKit.MimeMessage? digest = null;
        while (digest is null && DateTime.UtcNow < deadline)
        {
            digest = smtp.Messages.FirstOrDefault(m => m.Subject?.StartsWith("Your ReSOMA news of", StringComparison.Ordinal) == true);
            clock.Advance(TimeSpan.FromSeconds(30)); // wakes the digest and mail loops, which wait on this clock
            await Task.Delay(200);
        }

        Assert.True(digest is not null, "No daily digest arrived; the server holds: " + string.Join(" | ", smtp.Messages.Select(m => m.Subject)));
        ArgumentNullException.ThrowIfNull(digest);
        Assert.Contains("researcher@resoma.local", digest.To.Mailboxes.Select(m => m.Address));
        Assert.Contains(BriefTitle, digest.TextBody, StringComparison.Ordinal);
        Assert.Contains("You follow " + topicTitle, digest.TextBody, StringComparison.Ordinal);
        Assert.Single(smtp.Messages, m => m.Subject?.StartsWith("Your ReSOMA news of", StringComparison.Ordinal) == true);
    }

    private static async Task<(string TopicTitle, string TopicSlug, int BriefId)> AddDraftAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var topic = await db.Topics.Include(t => t.FirstEntry).Where(t => t.Cycle!.IsCurrent).OrderBy(t => t.Id).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var brief = new Brief
        {
            TopicId = topic.Id, Series = BriefSeries.DiscussionBrief, Title = BriefTitle, Slug = "what-detention-costs-and-what-it-buys",
            Summary = "The cost of detention set against what it achieves.", Body = "Detention is expensive.", Status = BriefStatus.Draft,
            CreatedAt = now, UpdatedAt = now, Authors = [new BriefAuthor { Name = "Ana Ribeiro", Position = 1 }],
        };
        brief.RefreshSearchDocument();
        db.Briefs.Add(brief);
        await db.SaveChangesAsync();
        return (topic.Title, topic.FirstEntry?.Slug ?? topic.Slug, brief.Id);
    }

    private static async Task<IPage> LogInAsync(IBrowserContext visitor, Uri address, string email)
    {
        var page = await visitor.NewPageAsync();
        await page.GotoAsync(Url(address, "account/login"));
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(KestrelPortal.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/account$"));
        return page;
    }

    private static string Url(Uri address, string path) => new Uri(address, path).ToString();
}
