using System.Net;
using System.Text.Json;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Interviews.Public;

/// <summary>A signed-in reader's answers are theirs: in their data export, and gone with their account.</summary>
public sealed class QuestionnairePersonalDataTests(InterviewPortalFactory factory) : PortalTest<InterviewPortalFactory>(factory)
{
    [Fact]
    public async Task My_answers_are_in_my_export_and_deleted_with_my_account_while_others_stay()
    {
        var interview = await Factory.NewInterview(2019, 5, "Who rescues at sea")
            .WithMultipleChoice("Who should take part?", "Member states", "Frontex", "NGOs")
            .WithFreeText("What would you ask the expert?")
            .Published(new DateTimeOffset(2019, 5, 3, 9, 0, 0, TimeSpan.Zero));
        string Option(string text) => interview.Questions[0].Options.Single(o => o.Text == text).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var choices = $"q{interview.Questions[0].Id}";
        var text = $"q{interview.Questions[1].Id}";

        await Client.LoginAsRoleAsync(Roles.Practitioner);
        var page = await Client.GetAsync("/interviews/2019/05/who-rescues-at-sea");
        var token = page.One("#questionnaire-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var sent = await Client.PostAsync($"/interviews/{interview.Id}/answers",
        [
            new("__RequestVerificationToken", token), new(choices, Option("Frontex")), new(choices, Option("NGOs")), new(text, "Where do rescued people land?"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var anonymous = NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.SubmitAsync("/interviews/2019/05/who-rescues-at-sea", new Dictionary<string, string> { [choices] = Option("NGOs") }, $"/interviews/{interview.Id}/answers")).Status);

        using (var export = JsonDocument.Parse(await Client.Http.GetStringAsync("/account/personal-data/download")))
        {
            var response = Assert.Single(export.RootElement.GetProperty("questionnaires").EnumerateArray());
            Assert.Equal("Who rescues at sea", response.GetProperty("interview").GetString());
            Assert.Equal("/interviews/2019/05/who-rescues-at-sea", response.GetProperty("address").GetString());
            Assert.Equal(
                [("Who should take part?", "Frontex"), ("Who should take part?", "NGOs"), ("What would you ask the expert?", "Where do rescued people land?")],
                response.GetProperty("answers").EnumerateArray().Select(a => (a.GetProperty("question").GetString(), a.GetProperty("answer").GetString())));
        }

        var otherExport = NewClient();
        await otherExport.LoginAsRoleAsync(Roles.Researcher);
        using (var theirs = JsonDocument.Parse(await otherExport.Http.GetStringAsync("/account/personal-data/download")))
        {
            Assert.Empty(theirs.RootElement.GetProperty("questionnaires").EnumerateArray());
        }

        var userId = Factory.WithDb(db => db.Users.Single(u => u.Email == "practitioner@resoma.local").Id);
        var deleted = await Client.SubmitAsync("/account/personal-data", new Dictionary<string, string> { ["Password"] = PortalFactory.Password });
        Assert.Equal("Account deleted", deleted.One("h1")!.TextContent);
        Assert.Equal(0, Factory.WithDb(db => db.QuestionnaireResponses.Count(r => r.UserId == userId)));
        Assert.Equal(1, Factory.WithDb(db => db.QuestionnaireResponses.Count(r => r.InterviewId == interview.Id)));
        Assert.Equal(1, Factory.WithDb(db => db.QuestionnaireAnswers.Count()));
    }
}
