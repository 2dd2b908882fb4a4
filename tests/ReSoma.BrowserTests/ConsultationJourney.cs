using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReSoma.BrowserTests.Infrastructure;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace ReSoma.BrowserTests;

/// <summary>A researcher lands on the waitlist of a full meeting, is promoted when a seat frees up, and sees it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ConsultationJourney(BrowserFixture browser)
{
    [Fact]
    public async Task Waitlist_then_promotion_after_a_cancellation()
    {
        var slug = await AddOneSeatMeetingAsync();
        await using var policymaker = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        await using var researcher = await browser.NewVisitorAsync(BrowserFixture.Desktop);

        var first = await LogInAsync(policymaker, "policymaker@resoma.local");
        await first.GotoAsync($"consultations/{slug}");
        await Expect(first.Locator("#seats")).ToContainTextAsync("1 seat left");
        await first.GetByRole(AriaRole.Button, new() { Name = "Register for a seat" }).ClickAsync();
        await Expect(first.Locator("#my-status")).ToHaveTextAsync("Your seat is confirmed.");

        var page = await LogInAsync(researcher, "researcher@resoma.local");
        await page.GotoAsync("consultations");
        await page.GetByRole(AriaRole.Link, new() { Name = "Feedback meeting: one seat only" }).ClickAsync();
        await Expect(page.Locator("#seats")).ToContainTextAsync("Full");
        await page.GetByRole(AriaRole.Button, new() { Name = "Join the waitlist" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("you are on the waitlist, in position 1");

        await first.GetByRole(AriaRole.Button, new() { Name = "Cancel my registration" }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("Your registration is cancelled.");

        await page.GotoAsync("account");
        await page.GetByRole(AriaRole.Link, new() { Name = "My registrations" }).ClickAsync();
        var row = page.Locator("#my-registrations tbody tr", new() { HasText = "Feedback meeting: one seat only" });
        await Expect(row.Locator(".registration-status")).ToHaveTextAsync("Seat confirmed");
        await row.GetByRole(AriaRole.Link, new() { Name = "Feedback meeting: one seat only", Exact = true }).ClickAsync();
        await Expect(page.Locator("#my-status")).ToHaveTextAsync("Your seat is confirmed.");
    }

    private async Task<IPage> LogInAsync(IBrowserContext visitor, string email)
    {
        var page = await visitor.OpenAsync("account/login");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(KestrelPortal.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await Expect(page.Locator("#account-email")).ToHaveTextAsync(email);
        return page;
    }

    private async Task<string> AddOneSeatMeetingAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var topic = db.Topics.First(t => t.Cycle!.IsCurrent);
        var now = DateTimeOffset.UtcNow;
        var consultation = new Consultation
        {
            TopicId = topic.Id,
            Format = ConsultationFormat.FeedbackMeeting,
            Title = "Feedback meeting: one seat only",
            Slug = "feedback-meeting-one-seat-only-" + Guid.NewGuid().ToString("N")[..6],
            Description = "A meeting with a single seat, for the journey.",
            StartsAt = now.AddDays(3),
            EndsAt = now.AddDays(3).AddHours(2),
            RegistrationDeadline = now.AddDays(2),
            Place = "Brussels",
            Seats = new SeatPool { Capacity = 1 },
            IsPublished = true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync();
        return consultation.Slug;
    }
}
