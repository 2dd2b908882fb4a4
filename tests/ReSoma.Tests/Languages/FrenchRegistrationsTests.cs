using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Languages;

/// <summary>A person's registrations and the editors' registration pages in French, with a form's errors.</summary>
public sealed class FrenchRegistrationsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task My_registrations_speak_French()
    {
        var client = NewClient();
        await client.LoginAsRoleAsync(Roles.Practitioner);
        var page = await client.GetAsync("/account/registrations?culture=fr");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Mes inscriptions", page.One("h1")!.TextContent);
        Assert.DoesNotContain("My registrations", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_settings_speak_French_and_refuse_an_empty_question_in_French()
    {
        var e = await Factory.AddEventAsync(new NewEvent("French settings workshop") { Seats = 10 });
        var settings = $"/editor/events/{e.Id}/registration";
        var client = NewClient();
        await client.LoginAsRoleAsync(Roles.Editor);

        var page = await client.GetAsync(settings + "?culture=fr");
        Assert.Equal("Rappels", page.One("#reminders-heading")!.TextContent);
        Assert.Contains("Une semaine avant", page.Document.QuerySelectorAll("#reminders-form label").Select(l => l.TextContent));
        Assert.Equal("Pas encore de questions : les personnes s’inscrivent uniquement avec leur nom, leur rôle et leur organisation.", page.One("#no-questions")!.TextContent);

        var refused = await client.SubmitAsync(settings, new Dictionary<string, string>
        {
            ["question.Prompt"] = "", ["question.Kind"] = nameof(RegistrationQuestionKind.ShortText), ["question.Choices"] = "", ["question.IsRequired"] = "false",
        }, settings + "/questions");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Rédigez la question.", refused.One("#new-prompt-error")!.TextContent);

        var participants = await client.GetAsync($"/editor/events/{e.Id}/participants");
        Assert.Equal("Liste d’attente", participants.One("#waitlist-heading")!.TextContent);
        Assert.Equal("Écrire à tous les participants", participants.One("#mail-heading")!.TextContent);
        Assert.DoesNotContain("Nobody has a seat yet.", participants.Html, StringComparison.Ordinal);
    }
}
