using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using MimeKit;
using ReSoma.BrowserTests.Infrastructure;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace ReSoma.BrowserTests;

/// <summary>A researcher registers for a workshop answering its questions, receives the mail with the QR code from a
/// real mail server, is checked in at the door by an editor typing the code, and downloads the certificate afterwards.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class RegistrationJourney(BrowserFixture browser)
{
    private const string Title = "Workshop on reception conditions";

    [Fact]
    public async Task Register_with_questions_receive_the_code_get_checked_in_and_download_the_certificate()
    {
        // The workshop has to end during the journey, and the mail has to reach a mail server: a portal of its own.
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
        var eventId = await AddWorkshopAsync(portal.Services, clock.GetUtcNow());

        await using var researcher = await browser.NewVisitorAsync(BrowserFixture.Phone);
        var page = await LogInAsync(researcher, address, "researcher@resoma.local");
        await page.GotoAsync(Url(address, "events/workshop-on-reception-conditions"));
        await page.GetByLabel("Vegetarian").CheckAsync();
        await page.GetByLabel("I agree to the attendance list being shared with the speakers (required)").CheckAsync();
        await page.GetByLabel("Step-free access").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Register for a seat" }).ClickAsync();
        await Expect(page.Locator("#my-status")).ToHaveTextAsync("Your seat is confirmed.");

        // The confirmation, as the mail server received it: the code in words and as an inline QR image.
        var mail = await MailAsync(smtp, $"Your seat: {Title}");
        var code = CodeInMail().Match(mail.TextBody ?? "").Groups[1].Value;
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        Assert.Contains("src=\"cid:code@resoma\"", mail.HtmlBody, StringComparison.Ordinal);
        var qr = Assert.Single(mail.BodyParts.OfType<MimePart>(), p => p.ContentId == "code@resoma");
        Assert.Equal("image/png", qr.ContentType.MimeType);

        await page.GotoAsync(Url(address, "account/registrations"));
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex($"^Details and code\\W+{Title}$") }).ClickAsync();
        await Expect(page.Locator("#registration-code")).ToHaveTextAsync(code);
        await Expect(page.Locator("#registration-qr svg")).ToBeVisibleAsync();

        // At the door: the editor types the code read out to them.
        await using var editor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var desk = await LogInAsync(editor, address, "editor@resoma.local");
        await desk.GotoAsync(Url(address, $"editor/events/{eventId}/check-in"));
        await desk.GetByLabel("Registration code").FillAsync(code.ToLowerInvariant());
        await desk.GetByRole(AriaRole.Button, new() { Name = "Check in", Exact = true }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync("is checked in.");
        await Expect(desk.Locator("#attended-count")).ToHaveTextAsync("1");

        // After the workshop, the certificate.
        clock.Advance(TimeSpan.FromDays(3));
        await page.ReloadAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download my certificate of attendance (PDF)" }).ClickAsync());
        var file = await download.PathAsync();
        using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync(file!));
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Contains("Certificate of attendance", text, StringComparison.Ordinal);
        Assert.Contains(Title, text, StringComparison.Ordinal);
        Assert.Contains(code, text, StringComparison.Ordinal);
    }

    private static async Task<int> AddWorkshopAsync(IServiceProvider services, DateTimeOffset now)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var starts = now.AddDays(1);
        var workshop = new Event
        {
            Kind = EventKind.Workshop,
            Title = Title,
            Slug = "workshop-on-reception-conditions",
            Summary = "Practitioners and researchers compare what reception looks like in three member states.",
            StartsAt = starts,
            EndsAt = starts.AddHours(3),
            TimeZoneId = "Europe/Brussels",
            Venue = "Residence Palace, Rue de la Loi 155",
            City = "Brussels",
            IsPublished = true,
            CreatedAt = now,
            UpdatedAt = now,
            Seats = new SeatPool
            {
                Capacity = 20,
                Questions =
                [
                    new() { Position = 1, Kind = RegistrationQuestionKind.SingleChoice, Prompt = "Lunch", Choices = "Vegetarian\nVegan\nNo preference" },
                    new() { Position = 2, Kind = RegistrationQuestionKind.Consent, Prompt = "I agree to the attendance list being shared with the speakers", IsRequired = true },
                ],
            },
        };
        db.Events.Add(workshop);
        await db.SaveChangesAsync();
        return workshop.Id;
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

    [GeneratedRegex(@"Your registration code: ([A-Z2-9]{4}-[A-Z2-9]{4})")]
    private static partial Regex CodeInMail();
}
