using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using ReSoma.BrowserTests.Infrastructure;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace ReSoma.BrowserTests;

/// <summary>
/// Four journeys by the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, typing; no clicks and no fill): each
/// starts with the skip link, makes one mistake on purpose, follows the announced error summary to the field, fixes it
/// and finishes. <see cref="KeyboardExtensions.TabToAsync"/> checks after every Tab that the focus is visible and moves
/// forwards. Decision 0044.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardJourneys(BrowserFixture browser)
{
    [Fact]
    public async Task A_stakeholder_registers_for_a_consultation_and_answers_its_questions()
    {
        var (slug, text, lunch, consent) = await AddAskingConsultationAsync();
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var page = await LogInAsync(visitor, browser.BaseAddress, "practitioner@resoma.local");

        await page.GotoAsync($"consultations/{slug}");
        await page.SkipToMainAsync();
        // Straight to the button, leaving the required answers out.
        await page.TabToAsync("#registration-form button[type=submit]", 60);
        await page.Keyboard.PressAsync("Enter");

        await page.FollowErrorAsync($"Answers_{text}_", "Answer “Your field of work”.");
        await page.Keyboard.TypeAsync("Asylum law");
        await page.TabToAsync($"#question-{lunch}-0", 2);
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.Locator($"#question-{lunch}-1")).ToBeCheckedAsync();
        await page.TabToAsync($"#question-{consent}", 2);
        await page.Keyboard.PressAsync("Space");
        // Back to the lunch choice and forwards again: Shift+Tab lands on the chosen radio button.
        await page.TabToAsync($"#question-{lunch}-1", 1, backwards: true);
        await page.TabToAsync($"#question-{consent}", 1);
        await page.TabToAsync("#registration-form button[type=submit]", 12);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#my-status")).ToHaveTextAsync("Your seat is confirmed.");
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var answers = await db.RegistrationAnswers.Where(a => a.RegistrationQuestionId == text || a.RegistrationQuestionId == lunch || a.RegistrationQuestionId == consent)
            .OrderBy(a => a.RegistrationQuestionId).Select(a => a.Value).ToListAsync();
        Assert.Equal(["Asylum law", "Any", "Yes"], answers);
    }

    [Fact]
    public async Task A_reader_answers_the_interview_of_the_month()
    {
        // Answers change the results other journeys might read: this one has a portal of its own.
        await using var portal = new KestrelPortal();
        var address = portal.Start();
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var page = await visitor.NewPageAsync();
        await page.GotoAsync(address.ToString());

        await page.SkipToMainAsync();
        await page.TabToAsync(".home-interview h3 a, .home-interview h2 a", 40);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#questionnaire-form")).ToBeVisibleAsync();
        await page.SkipToMainAsync();
        await page.TabToAsync("#questionnaire-form button[type=submit]", 80);
        await page.Keyboard.PressAsync("Enter");

        var first = await page.Locator("#questionnaire-form fieldset").First.GetAttributeAsync("id");
        await page.FollowErrorAsync(first!, "Answer at least one question before sending.");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("#questionnaire-form textarea", 8);
        await page.Keyboard.TypeAsync("Knowing who decides, and when.");
        await page.TabToAsync("#questionnaire-form button[type=submit]", 2);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator(".questionnaire-state")).ToContainTextAsync("your answers are counted");
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        Assert.Equal(1, await db.QuestionnaireAnswers.CountAsync(a => a.Text == "Knowing who decides, and when."));
    }

    [Fact]
    public async Task An_editor_drafts_and_schedules_an_interview()
    {
        // The demo seeded on 10 March 2031 leaves July to plan (see InterviewJourney); a portal of its own.
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 3, 10, 8, 0, 0, TimeSpan.Zero));
        await using var portal = new KestrelPortal(clock);
        var address = portal.Start();
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var page = await LogInAsync(visitor, address, "editor@resoma.local");

        await page.GotoAsync(new Uri(address, "editor/interviews/new?year=2031&month=7").ToString());
        await page.SkipToMainAsync();
        // The title is left out on purpose.
        await page.TabToAsync("#Input_ExpertName", 20);
        await page.Keyboard.TypeAsync("Marta Silva");
        await page.TabToAsync("#Input_ExpertRole", 2);
        await page.Keyboard.TypeAsync("Researcher in border law");
        await page.TabToAsync("#Input_Standfirst", 12);
        await page.Keyboard.TypeAsync("Screening at the external border is about to change.");
        await page.TabToAsync("#Input_Body", 3);
        await page.Keyboard.TypeAsync("**Q: What changes?**");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("The checks move to the border itself.");
        await page.TabToAsync("#Input_Questions_0__Text", 200);
        await page.Keyboard.TypeAsync("Should screening happen at the border?");
        // "One option" is the first kind and already chosen: its options, one per line.
        await page.TabToAsync("#Input_Questions_0__Options", 2);
        await page.Keyboard.TypeAsync("Yes");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("No");
        await page.TabToAsync("main button.btn-primary[type=submit]", 200);
        await page.Keyboard.PressAsync("Enter");

        await page.FollowErrorAsync("Input_Title", "Give the interview a title.");
        await page.Keyboard.TypeAsync("Who decides at the border");
        await page.TabToAsync("main button.btn-primary[type=submit]", 200);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/editor/interviews/\d+/edit"));

        await page.SkipToMainAsync();
        await page.TabToAsync("#Schedule_PublishAt", 120);
        // Month, day and year, then the time: the input moves to its next part as each is typed, except after the
        // year (it takes up to six digits), where the right arrow moves on.
        await page.Keyboard.TypeAsync("07012031");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.TypeAsync("1200P");
        Assert.Equal("2031-07-01T12:00", await page.Locator("#Schedule_PublishAt").InputValueAsync());
        await page.TabToAsync("#Schedule_TimeZoneId", 8);
        await page.Keyboard.TypeAsync("Europe/Brussels");
        await page.TabToAsync("#schedule-form button[type=submit]", 2);
        await page.Keyboard.PressAsync("Enter");

        try
        {
            await Expect(page.Locator("#schedule-form button[type=submit]")).ToHaveTextAsync("Reschedule");
        }
        catch (PlaywrightException)
        {
            Assert.Fail(page.Url + " " + await page.Locator("main").InnerTextAsync());
        }
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var interview = await db.Interviews.SingleAsync(i => i.Title == "Who decides at the border");
        Assert.Equal(InterviewStatus.Scheduled, interview.Status);
        Assert.Equal(new DateTimeOffset(2031, 7, 1, 10, 0, 0, TimeSpan.Zero), interview.PublishAt);
    }

    [Fact]
    public async Task An_admin_opens_the_next_cycle_carrying_its_topics_over()
    {
        // Opening a cycle archives the current one for good: a portal of its own (see CycleJourney).
        await using var portal = new KestrelPortal();
        var address = portal.Start();
        var current = portal.Services.GetRequiredService<TimeProvider>().GetUtcNow().Year;
        var next = current + 1;
        await using var visitor = await browser.NewVisitorAsync(BrowserFixture.Desktop);
        var page = await LogInAsync(visitor, address, "admin@resoma.local");

        await page.GotoAsync(new Uri(address, "admin/cycles").ToString());
        await page.SkipToMainAsync();
        await page.TabToAsync("main a[href$='/admin/cycles/new']", 30);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Open a new cycle", Level = 1 })).ToBeVisibleAsync();

        // The year of the current cycle, on purpose.
        await page.SkipToMainAsync();
        await page.TabToAsync("#Year", 10);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync($"{current}");
        await page.TabToAsync("button[value=topics]", 40);
        await page.Keyboard.PressAsync("Enter");

        var error = await page.Locator("#Year-error").TextContentAsync();
        await page.FollowErrorAsync("Year", error!.Trim());
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync($"{next}");
        await page.TabToAsync("button[value=topics]", 40);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("#open-cycle-topics")).ToBeVisibleAsync();
        await page.SkipToMainAsync();
        var carried = await page.Locator("input[name=CarryOver]").CountAsync();
        Assert.True(carried > 0, "the demo's current cycle has topics to carry over");
        for (var i = 0; i < carried; i++)
        {
            var id = await page.Locator("input[name=CarryOver]").Nth(i).GetAttributeAsync("id");
            await page.TabToAsync($"#{id}", 80);
            await page.Keyboard.PressAsync("Space");
        }

        await page.TabToAsync("button[value=review]", 150);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#open-cycle-review")).ToBeVisibleAsync();
        await page.SkipToMainAsync();
        if (await page.Locator("#OpenAnyway").CountAsync() > 0)
        {
            await page.TabToAsync("#OpenAnyway", 150);
            await page.Keyboard.PressAsync("Space");
        }

        await page.TabToAsync("button[value=open]", 150);
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex($@"/admin/cycles/{next}\?done=opened$"));
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var cycle = await db.Cycles.SingleAsync(c => c.IsCurrent);
        Assert.Equal(next, cycle.Year);
        Assert.Equal(carried, await db.Topics.CountAsync(t => t.CycleId == cycle.Id));
    }

    /// <summary>Logs in by the keyboard: skip link, Tab to each field, type, Enter.</summary>
    private static async Task<IPage> LogInAsync(IBrowserContext visitor, Uri portal, string email)
    {
        var page = await visitor.NewPageAsync();
        await page.GotoAsync(new Uri(portal, "account/login").ToString());
        await page.SkipToMainAsync();
        await page.TabToAsync("#Email", 5);
        await page.Keyboard.TypeAsync(email);
        await page.TabToAsync("#Password", 2);
        await page.Keyboard.TypeAsync(KestrelPortal.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/account$"));
        return page;
    }

    private async Task<(string Slug, int Text, int Lunch, int Consent)> AddAskingConsultationAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var topic = db.Topics.First(t => t.Cycle!.IsCurrent);
        var now = DateTimeOffset.UtcNow;
        var consultation = new Consultation
        {
            TopicId = topic.Id,
            Format = ConsultationFormat.FeedbackMeeting,
            Title = "Feedback meeting with questions",
            Slug = "feedback-meeting-with-questions-" + Guid.NewGuid().ToString("N")[..6],
            Description = "A meeting that asks a few questions of those who register, for the keyboard journey.",
            StartsAt = now.AddDays(3),
            EndsAt = now.AddDays(3).AddHours(2),
            RegistrationDeadline = now.AddDays(2),
            Place = "Brussels",
            Seats = new SeatPool { Capacity = 5 },
            IsPublished = true,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync();
        var questions = new[]
        {
            new RegistrationQuestion { SeatPoolId = consultation.Seats.Id, Position = 1, Kind = RegistrationQuestionKind.ShortText, Prompt = "Your field of work", IsRequired = true },
            new RegistrationQuestion { SeatPoolId = consultation.Seats.Id, Position = 2, Kind = RegistrationQuestionKind.SingleChoice, Prompt = "Lunch", Choices = "Vegetarian\nAny" },
            new RegistrationQuestion { SeatPoolId = consultation.Seats.Id, Position = 3, Kind = RegistrationQuestionKind.Consent, Prompt = "I agree to be photographed", IsRequired = true },
        };
        db.RegistrationQuestions.AddRange(questions);
        await db.SaveChangesAsync();
        return (consultation.Slug, questions[0].Id, questions[1].Id, questions[2].Id);
    }
}
