using System.Net;
using AngleSharp.Dom;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Web.Forms;

namespace ReSoma.Tests.Site;

/// <summary>
/// Decision 0044: a form shown again with errors announces them. The summary is an alert that can take the focus and
/// links each error to its field; exactly the invalid fields carry aria-invalid, and their aria-describedby names an
/// element that reads the error, after the hints they already named.
/// </summary>
public sealed class AnnouncedFormErrorsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Register_marks_exactly_the_invalid_fields_and_links_the_summary_to_them()
    {
        var form = TestData.RegistrationForm("not-an-address");
        form["DisplayName"] = "";
        form["Password"] = "short";
        form["ConfirmPassword"] = "short";
        form["StakeholderRole"] = "";
        var page = await Client.SubmitAsync("/account/register", form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        var invalid = AssertAnnounced(page);
        Assert.Contains("DisplayName", invalid);
        Assert.Contains("Email", invalid);
        Assert.Contains("Password", invalid);
        Assert.Contains("StakeholderRole", invalid);
        Assert.DoesNotContain("Organisation", invalid);
        Assert.DoesNotContain("Country", invalid);
        Assert.Null(page.One("#Organisation")!.GetAttribute("aria-invalid"));

        // The hint the password field named is still named, before its error.
        Assert.Equal(["password-help", "Password-error"], page.One("#Password")!.GetAttribute("aria-describedby")!.Split(' '));
        // Each radio button of the role group and the group itself point at the one message.
        Assert.All(page.Document.QuerySelectorAll("input[name=StakeholderRole]"), r => Assert.Equal("true", r.GetAttribute("aria-invalid")));
        Assert.Equal("StakeholderRole-error", page.One("fieldset#StakeholderRole")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task A_valid_form_has_no_summary_and_no_invalid_field()
    {
        var page = await Client.GetAsync("/account/register");

        Assert.Null(page.One("#form-errors"));
        Assert.Empty(page.Document.QuerySelectorAll("[aria-invalid]"));
        Assert.Equal("password-help", page.One("#Password")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task An_editor_form_marks_its_empty_title_and_leaves_the_hinted_slug_alone()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.SubmitAsync("/editor/events/new", new Dictionary<string, string> { ["Title"] = "" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        var invalid = AssertAnnounced(page);
        Assert.Contains("Title", invalid);
        Assert.Equal(["Title-error"], page.One("#Title")!.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Equal("slug-help", page.One("#Slug")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Registration_questions_left_unanswered_link_from_the_summary_to_their_question()
    {
        var e = await Factory.AddEventAsync(new NewEvent("Asked event") { Seats = 5 });
        var questionId = await Factory.WithDbAsync(async db =>
        {
            var question = new RegistrationQuestion { SeatPoolId = e.SeatPoolId!.Value, Position = 1, Kind = RegistrationQuestionKind.SingleChoice, Prompt = "Lunch", Choices = "Vegetarian\nAny", IsRequired = true };
            db.RegistrationQuestions.Add(question);
            await db.SaveChangesAsync();
            return question.Id;
        });
        var email = (await Factory.AddStakeholdersAsync(1, prefix: "asked"))[0];
        await Client.LoginAsync(email, PortalFactory.Password);

        var page = await Client.SubmitAsync("/events/asked-event", new Dictionary<string, string>(), "/events/asked-event/register");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        AssertSummary(page);
        var link = Assert.Single(page.Document.QuerySelectorAll("#form-errors a"));
        var target = page.One(link.GetAttribute("href")!)!;
        Assert.NotNull(target.QuerySelector($"#question-{questionId}-0"));
        var radio = page.One($"#question-{questionId}-0")!;
        Assert.Equal("true", radio.GetAttribute("aria-invalid"));
        Assert.Equal(link.TextContent, page.One($"#question-{questionId}")!.GetAttribute("aria-describedby") is { } ids ? page.One("#" + ids)!.TextContent : null);
    }

    [Fact]
    public async Task A_consultation_s_registration_questions_are_announced_like_an_event_s()
    {
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("Asked meeting"));
        var questionId = await Factory.WithDbAsync(async db =>
        {
            var poolId = db.Consultations.Single(c => c.Id == consultation.Id).SeatPoolId!.Value;
            var question = new RegistrationQuestion { SeatPoolId = poolId, Position = 1, Kind = RegistrationQuestionKind.ShortText, Prompt = "Your field of work", IsRequired = true };
            db.RegistrationQuestions.Add(question);
            await db.SaveChangesAsync();
            return question.Id;
        });
        await Client.LoginAsRoleAsync(Roles.Practitioner);
        var path = "/consultations/" + Factory.WithDb(db => db.Consultations.Single(c => c.Id == consultation.Id).Slug);

        var page = await Client.SubmitAsync(path, new Dictionary<string, string>(), path + "/register");

        Assert.True(page.Status == HttpStatusCode.UnprocessableEntity, $"{(int)page.Status}: {page.Text[..Math.Min(2000, page.Text.Length)]}");
        AssertSummary(page);
        Assert.Equal("true", page.One($"#question-{questionId}")!.GetAttribute("aria-invalid"));
    }

    [Theory]
    [InlineData("en", "Please check the form")]
    [InlineData("fr", "Veuillez vérifier le formulaire")]
    public async Task The_summary_heading_is_in_the_pages_language(string culture, string heading)
    {
        var page = await Client.SubmitAsync("/account/login?culture=" + culture, new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });
        Assert.Equal(heading, page.One("#form-errors h2")?.TextContent);
    }

    private static void AssertSummary(Page page)
    {
        var summary = page.One("#form-errors");
        Assert.NotNull(summary);
        Assert.Equal("alert", summary.GetAttribute("role"));
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.Equal("Please check the form", page.One(summary.GetAttribute("aria-labelledby") is { } h ? "#" + h : "h2")!.TextContent);
        foreach (var link in summary.QuerySelectorAll("a"))
        {
            var href = link.GetAttribute("href")!;
            Assert.StartsWith("#", href, StringComparison.Ordinal);
            Assert.True(page.Document.GetElementById(href[1..]) is not null, $"The summary links to {href}, which is not on the page");
        }
    }

    /// <summary>
    /// Checks the summary and every field marked invalid; answers the names of the invalid fields. Each error in the
    /// summary links to a field (or its group) that is marked invalid and whose description reads that error.
    /// </summary>
    private static HashSet<string> AssertAnnounced(Page page)
    {
        AssertSummary(page);
        var invalid = page.Document.QuerySelectorAll("[aria-invalid=true]").ToList();
        Assert.NotEmpty(invalid);
        foreach (var field in invalid)
        {
            var descriptions = Descriptions(page, field);
            Assert.Contains(descriptions, d => page.Errors.Contains(d.TextContent.Trim()));
        }

        foreach (var link in page.Document.QuerySelectorAll("#form-errors a"))
        {
            var target = page.Document.GetElementById(link.GetAttribute("href")![1..])!;
            var fields = target.Matches("input, select, textarea") ? [target] : target.QuerySelectorAll("input, select, textarea").ToList();
            Assert.Contains(fields, f => f.GetAttribute("aria-invalid") == "true"
                && Descriptions(page, f).Any(d => d.TextContent.Trim() == link.TextContent.Trim()));
        }

        // Exactly the invalid fields: every field marked invalid is one the summary names.
        var named = page.Document.QuerySelectorAll("#form-errors a").Select(a => a.GetAttribute("href")![1..]).ToHashSet();
        var names = invalid.Select(f => f.GetAttribute("name")!).ToHashSet();
        Assert.All(invalid, f => Assert.True(named.Contains(f.Id ?? "") || f.Closest("[id]") is { } group && named.Contains(group.Id!) || named.Contains(f.GetAttribute("name")!),
            $"{f.GetAttribute("name")} is marked invalid but the summary does not name it"));
        return names;
    }

    private static List<IElement> Descriptions(Page page, IElement field) =>
        (field.GetAttribute("aria-describedby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(id =>
            {
                var element = page.Document.GetElementById(id);
                Assert.True(element is not null, $"{field.GetAttribute("name")} is described by #{id}, which is not on the page");
                return element;
            })
            .ToList();
}
