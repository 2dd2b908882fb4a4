using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Tests.Interviews.Editor;
using ReSoma.Web.Domain;
using static ReSoma.Tests.Interviews.Editor.InterviewEditorData;

namespace ReSoma.Tests.Languages;

/// <summary>The interviews' back office in French: the plan, the form, and its validation messages.</summary>
public sealed class FrenchInterviewEditorTests(InterviewEditorFactory factory) : PortalTest<InterviewEditorFactory>(factory)
{
    [Fact]
    public async Task The_plan_and_the_new_interview_form_are_in_french()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var plan = await Client.GetAsync("/editor/interviews?culture=fr");
        Assert.Equal(HttpStatusCode.OK, plan.Status);
        Assert.Equal("Plan éditorial", plan.One("#plan-heading")!.TextContent);
        Assert.Equal("Nouvel entretien", plan.One("a[href='/editor/interviews/new']")!.TextContent);

        var form = await Client.GetAsync("/editor/interviews/new?culture=fr");
        Assert.Equal("Nouvel entretien", form.One("h1")!.TextContent);
        Assert.Equal("Nom de l’expert", form.One("label[for='Input_ExpertName']")!.TextContent);
        Assert.Equal("Chapeau", form.One("label[for='Input_Standfirst']")!.TextContent);
        Assert.Contains(form.Document.QuerySelectorAll("#Input_Month option"), o => o.TextContent == "mai");
        Assert.Equal("Enregistrer comme brouillon", form.One("#interview-form button[type=submit]")!.TextContent);
        Assert.DoesNotContain("Save as draft", form.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_forms_validation_messages_are_in_french()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var values = Form(title: "");
        var sent = await Client.SubmitAsync("/editor/interviews/new?culture=fr", values);

        Assert.NotEqual(HttpStatusCode.Redirect, sent.Status);
        Assert.Contains("Donnez un titre à l’entretien.", sent.Errors);
        Assert.DoesNotContain("Give the interview a title.", sent.Errors);
    }
}
