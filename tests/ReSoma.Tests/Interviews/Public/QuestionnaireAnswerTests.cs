using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Interviews;

namespace ReSoma.Tests.Interviews.Public;

/// <summary>Readers answer a questionnaire once, per account or per browser, and then see what readers said.</summary>
public sealed class QuestionnaireAnswerTests(InterviewPortalFactory factory) : PortalTest<InterviewPortalFactory>(factory)
{
    private const string PagePath = "/interviews/2019/05/who-rescues-at-sea";

    private Task<Interview> AddInterviewAsync(DateTimeOffset? closesAt = null)
    {
        var builder = Factory.NewInterview(2019, 5, "Who rescues at sea")
            .WithSingleChoice("Should the EU run its own sea rescue mission?", "Yes", "No", "Not sure")
            .WithMultipleChoice("Who should take part?", "Member states", "Frontex", "NGOs")
            .WithFreeText("What would you ask the expert?");
        if (closesAt is { } at)
        {
            builder = builder.QuestionnaireClosesAt(at);
        }

        return builder.Published(new DateTimeOffset(2019, 5, 3, 9, 0, 0, TimeSpan.Zero));
    }

    private static string Action(Interview interview) => $"/interviews/{interview.Id}/answers";

    private static string Field(Interview interview, int position) => $"q{Question(interview, position).Id}";

    private static InterviewQuestion Question(Interview interview, int position) => interview.Questions.Single(q => q.Position == position);

    private static string Option(Interview interview, int position, string text) => Question(interview, position).Options.Single(o => o.Text == text).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private Dictionary<string, string> Answers(Interview interview, string single = "Yes") => new()
    {
        [Field(interview, 1)] = Option(interview, 1, single),
        [Field(interview, 3)] = "  Why now?  ",
    };

    private static bool SetsReaderCookie(Page page) =>
        page.Response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(QuestionnaireReader.CookieName + "=", StringComparison.Ordinal));

    private int Responses(int interviewId) => Factory.WithDb(db => db.QuestionnaireResponses.Count(r => r.InterviewId == interviewId));

    private int AnswerRows(int interviewId) => Factory.WithDb(db => db.QuestionnaireAnswers.Count(a => db.QuestionnaireResponses.Any(r => r.Id == a.ResponseId && r.InterviewId == interviewId)));

    [Fact]
    public async Task Refused_answers_are_announced_and_linked_to_their_question()
    {
        var interview = await AddInterviewAsync();
        var page = await Client.GetAsync(PagePath);

        // Nothing answered: the error links to the first question, whose controls are marked and described by it.
        var empty = await Client.SubmitAsync(page, new Dictionary<string, string>(), Action(interview));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        var link = Assert.Single(empty.Document.QuerySelectorAll("#form-errors[role=alert] a"));
        Assert.Equal("#" + Field(interview, 1), link.GetAttribute("href"));
        Assert.Equal("Answer at least one question before sending.", link.TextContent);
        var first = empty.One("#" + Field(interview, 1))!;
        Assert.Equal("fieldset", first.LocalName);
        Assert.Equal(link.TextContent, empty.One("#" + first.GetAttribute("aria-describedby"))!.TextContent);
        Assert.All(first.QuerySelectorAll("input"), i => Assert.Equal("true", i.GetAttribute("aria-invalid")));
        Assert.Empty(empty.Document.QuerySelectorAll($"#{Field(interview, 2)} [aria-invalid]"));

        // Two answers to a one-answer question: only that question is marked.
        var two = await Client.PostAsync(Action(interview), [new("__RequestVerificationToken", await Client.TokenAsync(PagePath)),
            new(Field(interview, 1), Option(interview, 1, "Yes")), new(Field(interview, 1), Option(interview, 1, "No"))]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, two.Status);
        Assert.Equal("#" + Field(interview, 1), Assert.Single(two.Document.QuerySelectorAll("#form-errors a")).GetAttribute("href"));
        Assert.Equal(3, two.Document.QuerySelectorAll("[aria-invalid=true]").Length);
        Assert.Equal(0, Responses(interview.Id));
    }

    [Fact]
    public async Task A_signed_in_reader_answers_once_and_then_sees_the_results()
    {
        var interview = await AddInterviewAsync();
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var before = await Client.GetAsync(PagePath);
        Assert.NotNull(before.One("#questionnaire-form"));

        var sent = await Client.SubmitAsync(before, new Dictionary<string, string>
        {
            [Field(interview, 1)] = Option(interview, 1, "No"),
            [Field(interview, 3)] = "  What about the Libyan coast guard?  ",
        }, Action(interview));
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal(PagePath + "#questionnaire", sent.Location);

        var response = Factory.WithDb(db => db.QuestionnaireResponses.Include(r => r.Answers).Single(r => r.InterviewId == interview.Id));
        var userId = Factory.WithDb(db => db.Users.Single(u => u.Email == "researcher@resoma.local").Id);
        Assert.Equal(userId, response.UserId);
        Assert.Null(response.BrowserKey);
        Assert.Equal(2, response.Answers.Count);
        Assert.Equal("What about the Libyan coast guard?", response.Answers.Single(a => a.OptionId is null).Text);
        Assert.False(SetsReaderCookie(sent), "a signed-in reader is known by their account, not by a browser cookie");

        var after = await Client.GetAsync(PagePath);
        Assert.Null(after.One("#questionnaire-form"));
        Assert.Contains("your answers are counted", after.One(".questionnaire-state")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", after.One(".response-count")!.TextContent);

        // Again from another browser of the same account: refused, and nothing changes.
        var elsewhere = NewClient();
        await elsewhere.LoginAsRoleAsync(Roles.Researcher);
        var again = await elsewhere.PostWithTokenAsync(Action(interview), Answers(interview));
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("You have already answered this questionnaire, so your first answers stand and nothing was changed.", again.Errors);
        Assert.Equal(1, Responses(interview.Id));
        Assert.Equal(2, AnswerRows(interview.Id));
        Assert.Equal("No", Factory.WithDb(db => db.InterviewOptions.Single(o => o.Id == db.QuestionnaireAnswers.Single(a => a.OptionId != null).OptionId).Text));
    }

    [Fact]
    public async Task Two_answers_of_one_account_at_the_same_moment_count_once()
    {
        var interview = await AddInterviewAsync();
        await Client.LoginAsRoleAsync(Roles.Practitioner);
        var token = await Client.TokenAsync(PagePath);
        var fields = Answers(interview).Append(new("__RequestVerificationToken", token)).ToList();

        var pages = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Client.PostAsync(Action(interview), fields)));
        Assert.Single(pages, p => p.Status == HttpStatusCode.Redirect);
        Assert.All(pages.Where(p => p.Status != HttpStatusCode.Redirect), p => Assert.Equal(HttpStatusCode.Conflict, p.Status));
        Assert.Equal(1, Responses(interview.Id));
    }

    [Fact]
    public async Task An_anonymous_browser_answers_once_by_cookie_and_another_browser_may_answer_too()
    {
        var interview = await AddInterviewAsync();
        var sent = await Client.SubmitAsync(PagePath, Answers(interview), Action(interview));
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);

        var setCookie = Assert.Single(sent.Response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(QuestionnaireReader.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", setCookie, StringComparison.OrdinalIgnoreCase); // plain http here; https adds Secure
        var maxAge = int.Parse(setCookie.Split(';').Select(p => p.Trim()).Single(p => p.StartsWith("max-age=", StringComparison.OrdinalIgnoreCase))[8..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(365 * 24 * 3600, maxAge);

        // Only a hash of the cookie is kept.
        var cookie = setCookie.Split(';')[0][(QuestionnaireReader.CookieName.Length + 1)..];
        var stored = Factory.WithDb(db => db.QuestionnaireResponses.Single(r => r.InterviewId == interview.Id));
        Assert.Null(stored.UserId);
        Assert.Equal(QuestionnaireReader.HashCookie(cookie), stored.BrowserKey);
        Assert.DoesNotContain(cookie, stored.BrowserKey, StringComparison.Ordinal);
        Assert.Equal(43, cookie.Length); // 256 random bits, URL-safe base64

        var after = await Client.GetAsync(PagePath);
        Assert.Null(after.One("#questionnaire-form"));
        var again = await Client.PostWithTokenAsync(Action(interview), Answers(interview, "No"));
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Contains("You have already answered this questionnaire, so your first answers stand and nothing was changed.", again.Errors);
        Assert.Equal(1, Responses(interview.Id));

        var otherBrowser = NewClient();
        Assert.NotNull((await otherBrowser.GetAsync(PagePath)).One("#questionnaire-form"));
        Assert.Equal(HttpStatusCode.Redirect, (await otherBrowser.SubmitAsync(PagePath, Answers(interview, "No"), Action(interview))).Status);
        Assert.Equal(2, Responses(interview.Id));
        Assert.Equal(2, Factory.WithDb(db => db.QuestionnaireResponses.Where(r => r.InterviewId == interview.Id).Select(r => r.BrowserKey).Distinct().Count()));
    }

    [Fact]
    public async Task Over_https_the_reader_cookie_is_secure()
    {
        var interview = await AddInterviewAsync();
        var browser = new PortalClient(Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") }));
        var sent = await browser.SubmitAsync(PagePath, Answers(interview), Action(interview));
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var setCookie = Assert.Single(sent.Response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(QuestionnaireReader.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("; secure", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_results_count_every_chosen_option_and_free_answers_stay_private()
    {
        var interview = await AddInterviewAsync();
        var readers = new[]
        {
            (Single: "Yes", Multiple: new[] { "Member states", "NGOs" }, Text: "Secret question one"),
            (Single: "Yes", Multiple: new[] { "NGOs" }, Text: ""),
            (Single: "No", Multiple: Array.Empty<string>(), Text: "Secret question two"),
        };
        foreach (var (single, multiple, text) in readers)
        {
            var reader = NewClient();
            var form = await reader.GetAsync(PagePath);
            var fields = new List<KeyValuePair<string, string>>
            {
                new("__RequestVerificationToken", form.One("#questionnaire-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
                new(Field(interview, 1), Option(interview, 1, single)),
                new(Field(interview, 3), text),
            };
            fields.AddRange(multiple.Select(m => new KeyValuePair<string, string>(Field(interview, 2), Option(interview, 2, m))));
            Assert.Equal(HttpStatusCode.Redirect, (await reader.PostAsync(Action(interview), fields)).Status);
        }

        Assert.Equal(4 + 2 + 2, AnswerRows(interview.Id)); // a row per chosen option and per written answer
        var last = await Client.SubmitAsync(PagePath, new Dictionary<string, string> { [Field(interview, 1)] = Option(interview, 1, "Not sure") }, Action(interview));
        var results = await Client.GetAsync(last.Location!);
        Assert.Equal("4", results.One(".response-count")!.TextContent);
        var counts = results.Document.QuerySelectorAll(".results li")
            .Select(li => (li.QuerySelector(".option-text")!.TextContent, li.QuerySelector(".option-count")!.TextContent, li.TextContent))
            .ToList();
        Assert.Equal(
            [("Yes", "2"), ("No", "1"), ("Not sure", "1"), ("Member states", "1"), ("Frontex", "0"), ("NGOs", "2")],
            counts.Select(c => (c.Item1, c.Item2)));
        Assert.Contains("(50%)", counts[0].Item3, StringComparison.Ordinal);
        Assert.Contains("2 written answers", results.One("#questionnaire")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret question", results.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_questionnaire_takes_no_answers_and_shows_the_results()
    {
        var interview = await AddInterviewAsync(closesAt: DateTimeOffset.UtcNow.AddDays(-1));
        var page = await Client.GetAsync(PagePath);
        Assert.Null(page.One("#questionnaire-form"));
        Assert.Contains("This questionnaire is closed", page.One(".questionnaire-state")!.TextContent, StringComparison.Ordinal);

        var sent = await Client.PostWithTokenAsync(Action(interview), Answers(interview));
        Assert.Equal(HttpStatusCode.Conflict, sent.Status);
        Assert.Contains("This questionnaire is closed, so no more answers are taken. Your answers were not saved.", sent.Errors);
        Assert.Equal("Who rescues at sea", sent.One("h1")!.TextContent);
        Assert.Equal(0, Responses(interview.Id));
        Assert.False(SetsReaderCookie(sent));
    }

    [Fact]
    public async Task A_questionnaire_still_open_until_its_closing_time_takes_answers()
    {
        var interview = await AddInterviewAsync(closesAt: DateTimeOffset.UtcNow.AddDays(1));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(PagePath, Answers(interview), Action(interview))).Status);
        Assert.Equal(1, Responses(interview.Id));
    }

    [Fact]
    public async Task Answers_to_an_interview_the_public_cannot_see_are_not_found()
    {
        var draft = await Factory.NewInterview(2019, 6, "An unfinished draft").Draft();
        var scheduled = await Factory.NewInterview(2030, 1, "Scheduled far ahead").Scheduled(new DateTimeOffset(2030, 1, 2, 9, 0, 0, TimeSpan.Zero));
        foreach (var interview in new[] { draft, scheduled })
        {
            var sent = await Client.PostWithTokenAsync(Action(interview), new Dictionary<string, string> { [Field(interview, 1)] = Option(interview, 1, "Yes") });
            Assert.Equal(HttpStatusCode.NotFound, sent.Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await Client.PostWithTokenAsync("/interviews/99999/answers", new Dictionary<string, string> { ["q1"] = "1" })).Status);
        Assert.Equal(0, Factory.WithDb(db => db.QuestionnaireResponses.Count()));
    }

    public static TheoryData<string, string> InvalidAnswers => new()
    {
        { "unknown-option", "Question 1: choose among the answers offered." },
        { "option-of-another-question", "Question 1: choose among the answers offered." },
        { "not-a-number", "Question 1: choose among the answers offered." },
        { "two-single-choices", "Question 1: choose only one answer." },
        { "multiple-with-foreign-option", "Question 2: choose among the answers offered." },
        { "text-too-long", "Your answer to question 3 can be at most 1000 characters." },
        { "nothing", "Answer at least one question before sending." },
        { "only-blank-text", "Answer at least one question before sending." },
    };

    [Theory]
    [MemberData(nameof(InvalidAnswers))]
    public async Task Answers_that_do_not_fit_the_questions_are_refused_with_422_and_nothing_is_saved(string kind, string message)
    {
        var interview = await AddInterviewAsync();
        var other = await Factory.NewInterview(2019, 4, "Another interview").Published(new DateTimeOffset(2019, 4, 2, 9, 0, 0, TimeSpan.Zero));
        var yes = Option(interview, 1, "Yes");
        List<KeyValuePair<string, string>> fields = kind switch
        {
            "unknown-option" => [new(Field(interview, 1), "987654")],
            "option-of-another-question" => [new(Field(interview, 1), Option(interview, 2, "NGOs"))],
            "not-a-number" => [new(Field(interview, 1), "yes please")],
            "two-single-choices" => [new(Field(interview, 1), yes), new(Field(interview, 1), Option(interview, 1, "No"))],
            "multiple-with-foreign-option" => [new(Field(interview, 1), yes), new(Field(interview, 2), Option(interview, 2, "NGOs")), new(Field(interview, 2), Option(other, 1, "Yes"))],
            "text-too-long" => [new(Field(interview, 1), yes), new(Field(interview, 3), new string('a', 1001))],
            "nothing" => [],
            "only-blank-text" => [new(Field(interview, 3), "   ")],
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var form = await Client.GetAsync(PagePath);
        fields.Add(new("__RequestVerificationToken", form.One("#questionnaire-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        var sent = await Client.PostAsync(Action(interview), fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, sent.Status);
        Assert.Contains(sent.Errors, e => e.StartsWith(message, StringComparison.Ordinal));
        Assert.NotNull(sent.One("#questionnaire-form"));
        Assert.Equal(0, Factory.WithDb(db => db.QuestionnaireResponses.Count()));
        Assert.False(SetsReaderCookie(sent));
    }

    [Fact]
    public async Task A_refused_form_keeps_what_the_reader_chose_and_wrote()
    {
        var interview = await AddInterviewAsync();
        var sent = await Client.SubmitAsync(PagePath, new Dictionary<string, string>
        {
            [Field(interview, 1)] = Option(interview, 1, "Not sure"),
            [Field(interview, 3)] = new string('b', 1001),
        }, Action(interview));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, sent.Status);
        Assert.Equal(Option(interview, 1, "Not sure"), sent.One($"input[name={Field(interview, 1)}]:checked")!.GetAttribute("value"));
        Assert.Equal(new string('b', 1001), sent.One($"textarea[name={Field(interview, 3)}]")!.TextContent);

        // Corrected, the same form goes through.
        var fixedUp = await Client.SubmitAsync(sent, new Dictionary<string, string> { [Field(interview, 3)] = "Shorter." }, Action(interview));
        Assert.Equal(HttpStatusCode.Redirect, fixedUp.Status);
        var saved = Factory.WithDb(db => db.QuestionnaireAnswers.OrderBy(a => a.Id).Select(a => new { a.OptionId, a.Text }).ToList());
        Assert.Equal([(int.Parse(Option(interview, 1, "Not sure"), System.Globalization.CultureInfo.InvariantCulture), (string?)null), (0, "Shorter.")],
            saved.Select(a => (a.OptionId ?? 0, a.Text)));
    }
}
