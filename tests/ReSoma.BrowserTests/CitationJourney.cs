using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using MimeKit;
using ReSoma.BrowserTests.Infrastructure;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace ReSoma.BrowserTests;

/// <summary>An editor says a published brief cites a researcher's written contribution; the researcher receives the
/// mail from a real mail server, finds the brief in their own contributions, and both pages show the link.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CitationJourney(BrowserFixture browser)
{
    private const string BriefTitle = "Alternatives to detention that work";
    private const string ContributionTitle = "What the Ghent pilot taught us";

    [Fact]
    public async Task An_editor_cites_a_contribution_and_its_author_is_told_and_sees_the_backlink()
    {
        using var smtp = new SmtpTestServer();
        await using var portal = new KestrelPortal(new FakeTimeProvider(DateTimeOffset.UtcNow), new Dictionary<string, string>
        {
            ["Mail:Smtp:Host"] = "127.0.0.1",
            ["Mail:Smtp:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Mail:Smtp:Security"] = "None",
            ["Mail:FromAddress"] = "portal@resoma.test",
        });
        var address = portal.Start();
        var (briefId, briefSlug, consultationSlug) = await AddEvidenceAsync(portal.Services, "researcher@resoma.local");

        await using var editor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var desk = await LogInAsync(editor, address, "editor@resoma.local");
        await desk.GotoAsync(Url(address, $"editor/briefs/{briefId}/edit"));
        await desk.GetByRole(AriaRole.Link, new() { Name = "Edit the links" }).ClickAsync();
        await desk.GetByLabel("The brief").SelectOptionAsync(new SelectOptionValue { Label = "cites a contribution" });
        await desk.GetByLabel("Links to").SelectOptionAsync(new SelectOptionValue { Label = $"{ContributionTitle} — Hearing on immigration detention" });
        await desk.GetByRole(AriaRole.Button, new() { Name = "Add link" }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync("The link is added.");
        await Expect(desk.Locator("#brief-links")).ToContainTextAsync(ContributionTitle);

        var mail = await MailAsync(smtp, $"Your contribution is cited: {BriefTitle}");
        Assert.Contains("researcher@resoma.local", mail.To.Mailboxes.Select(m => m.Address));
        Assert.Contains($"/briefs/{briefSlug}", mail.TextBody, StringComparison.Ordinal);

        await using var researcher = await browser.NewVisitorAsync(BrowserFixture.Phone);
        var page = await LogInAsync(researcher, address, "researcher@resoma.local");
        await page.GotoAsync(Url(address, "account/contributions"));
        await page.Locator(".cited-in").GetByRole(AriaRole.Link, new() { Name = BriefTitle }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/briefs/{briefSlug}$"));
        await Expect(page.Locator("[data-link-kind=Cites]")).ToContainTextAsync(ContributionTitle);

        await page.GotoAsync(Url(address, $"consultations/{consultationSlug}"));
        await Expect(page.Locator(".contribution .cited-in")).ToContainTextAsync(BriefTitle);
    }

    private static async Task<(int BriefId, string BriefSlug, string ConsultationSlug)> AddEvidenceAsync(IServiceProvider services, string authorEmail)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var now = DateTimeOffset.UtcNow;
        var topic = await db.Topics.OrderBy(t => t.Id).FirstAsync();
        var author = await db.Users.SingleAsync(u => u.Email == authorEmail);
        var consultation = new Consultation
        {
            TopicId = topic.Id, Title = "Hearing on immigration detention", Slug = "hearing-on-immigration-detention", Format = ConsultationFormat.WrittenContributionCall,
            Description = "Written evidence on alternatives to detention.", StartsAt = now.AddDays(-20), EndsAt = now.AddDays(-20).AddHours(2), TimeZoneId = "Europe/Brussels",
            RegistrationDeadline = now.AddDays(-25), ShowContributions = true, IsPublished = true, CreatedAt = now, UpdatedAt = now,
        };
        consultation.RefreshSearchDocument();
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync();
        db.Contributions.Add(new Contribution
        {
            ConsultationId = consultation.Id, AuthorUserId = author.Id, Title = ContributionTitle, Body = "Case managers, not cells.",
            Status = ContributionStatus.Accepted, SubmittedAt = now.AddDays(-22), UpdatedAt = now.AddDays(-22),
        });
        var brief = new Brief
        {
            TopicId = topic.Id, Series = BriefSeries.PolicyOptionBrief, Title = BriefTitle, Slug = "alternatives-to-detention-that-work",
            Summary = "Which alternatives keep people in touch with the procedure.", Body = "Case management works.", Status = BriefStatus.Published,
            PublishedOn = DateOnly.FromDateTime(now.UtcDateTime), CreatedAt = now, UpdatedAt = now,
            Authors = [new BriefAuthor { Name = "Ana Ribeiro", Position = 1 }],
        };
        brief.RefreshSearchDocument();
        db.Briefs.Add(brief);
        await db.SaveChangesAsync();
        return (brief.Id, brief.Slug, consultation.Slug);
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

    private static async Task<MimeMessage> MailAsync(SmtpTestServer smtp, string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            if ((await smtp.WaitForMessagesAsync(1)).FirstOrDefault(m => m.Subject == subject) is { } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No mail \"{subject}\" arrived; the server holds: {string.Join(" | ", smtp.Messages.Select(m => m.Subject))}");
    }

    private static string Url(Uri address, string path) => new Uri(address, path).ToString();
}
