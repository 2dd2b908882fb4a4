using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Security;

/// <summary>
/// Finding 8: a checkbox posted with a value that is not a boolean is a validation message on the form shown again
/// (422), never a 500. One binder beneath every form does it; these are the forms the finding named.
/// </summary>
public sealed class NonBooleanCheckboxTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Login_with_RememberMe_maybe_shows_the_form_again_without_signing_in()
    {
        var page = await Client.SubmitAsync("/account/login",
            new Dictionary<string, string> { ["Email"] = "researcher@resoma.local", ["Password"] = PortalFactory.Password, ["RememberMe"] = "maybe" }, "/account/login");

        AssertRefused(page, "“Keep me signed in on this device” is a box to tick or leave empty");
        Assert.False(page.One("#RememberMe")!.HasAttribute("checked"));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync("/account")).Status);
    }

    [Fact]
    public async Task Register_with_AcceptPrivacy_maybe_shows_the_form_again_and_creates_nobody()
    {
        var form = TestData.RegistrationForm("maybe@example.org");
        form["AcceptPrivacy"] = "maybe";
        var page = await Client.SubmitAsync("/account/register", form);

        AssertRefused(page, "is a box to tick or leave empty");
        Assert.Equal("maybe@example.org", page.One("#Email")!.GetAttribute("value"));
        Assert.False(Factory.WithDb(db => db.Users.Any(u => u.Email == "maybe@example.org")));
    }

    [Fact]
    public async Task The_event_editor_refuses_TakesRegistrations_maybe_on_both_forms()
    {
        var e = await Factory.AddEventAsync(new NewEvent("Workshop on reception"));
        await Client.LoginAsRoleAsync(Roles.Editor);

        AssertRefused(await Client.SubmitAsync("/editor/events/new", new Dictionary<string, string> { ["Title"] = "A new one", ["TakesRegistrations"] = "maybe" }),
            "“Take registrations (seats, with a waitlist when full)” is a box to tick or leave empty");
        AssertRefused(await Client.SubmitAsync(e.EditUrl(), new Dictionary<string, string> { ["TakesRegistrations"] = "maybe" }, e.EditUrl()),
            "“Take registrations (seats, with a waitlist when full)” is a box to tick or leave empty");
        Assert.Equal("Workshop on reception", Factory.WithDb(db => db.Events.Single().Title));
    }

    [Fact]
    public async Task The_consultation_editor_refuses_ShowContributions_maybe_on_both_forms()
    {
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("Hearing on detention"));
        var edit = $"/editor/consultations/{consultation.Id}/edit";
        await Client.LoginAsRoleAsync(Roles.Editor);

        AssertRefused(await Client.SubmitAsync("/editor/consultations/new", new Dictionary<string, string> { ["Title"] = "Another", ["ShowContributions"] = "maybe" }),
            "is a box to tick or leave empty");
        AssertRefused(await Client.SubmitAsync(edit, new Dictionary<string, string> { ["ShowContributions"] = "yes please" }, edit),
            "is a box to tick or leave empty");
        Assert.False(Factory.WithDb(db => db.Consultations.Single().ShowContributions));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    public async Task A_real_boolean_still_binds(string value, bool expected)
    {
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("Hearing on detention"));
        var edit = $"/editor/consultations/{consultation.Id}/edit";
        await Client.LoginAsRoleAsync(Roles.Editor);

        var page = await Client.SubmitAsync(edit, new Dictionary<string, string> { ["ShowContributions"] = value }, edit);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Equal(expected, Factory.WithDb(db => db.Consultations.Single().ShowContributions));
    }

    private static void AssertRefused(Page page, string message)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains(page.Errors, e => e.Contains(message, StringComparison.Ordinal));
        Assert.Equal("Please check the form", page.One("#form-errors h2")!.TextContent);
    }
}
