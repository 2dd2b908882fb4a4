using System.Net;
using ReSoma.Tests.Infrastructure;
using ReSoma.Tests.Interviews.Public;

namespace ReSoma.Tests.Languages;

/// <summary>The public interviews in French: the archive, an interview with its questionnaire, and the reasons a
/// questionnaire is refused. The interview itself stays in the language it was written in, and says so.</summary>
public sealed class FrenchInterviewsTests(InterviewPortalFactory factory) : PortalTest<InterviewPortalFactory>(factory)
{
    private const string PagePath = "/interviews/2019/05/who-rescues-at-sea";

    private Task<ReSoma.Web.Domain.Interview> AddInterviewAsync() =>
        Factory.NewInterview(2019, 5, "Who rescues at sea")
            .WithSingleChoice("Should the EU run its own sea rescue mission?", "Yes", "No")
            .WithFreeText("What would you ask the expert?")
            .Published(new DateTimeOffset(2019, 5, 3, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_archive_speaks_french_and_names_the_month_in_french()
    {
        await AddInterviewAsync();
        var page = await Client.GetAsync("/interviews?culture=fr");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Entretiens d’experts", page.One("h1")!.TextContent);
        Assert.Equal("Afficher les entretiens", page.One("form.filter-bar button")!.TextContent);
        Assert.StartsWith("1 entretien, du plus récent", page.One("#result-count")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("mai 2019", page.One(".interview-card .interview-month")!.TextContent.Trim());
        Assert.Equal("en", page.One(".interview-card h3 a")!.GetAttribute("lang"));
        Assert.DoesNotContain("Expert interviews", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Show interviews", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_filter_is_explained_in_french()
    {
        await AddInterviewAsync();
        var page = await Client.GetAsync("/interviews?area=mars&culture=fr");

        Assert.Contains(page.Document.QuerySelectorAll(".alert-info"), a => a.TextContent == "Le domaine « mars » est inconnu : ce filtre a été ignoré.");
    }

    [Fact]
    public async Task The_interview_page_and_its_questionnaire_are_in_french_and_the_content_keeps_its_language()
    {
        await AddInterviewAsync();
        var page = await Client.GetAsync(PagePath + "?culture=fr");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Questionnaire des lecteurs", page.One("#questionnaire-heading")!.TextContent);
        Assert.Equal("Envoyer mes réponses", page.One("#questionnaire-form button")!.TextContent);
        Assert.Contains("Entretien du mois", page.One(".interview-month")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("mai 2019", page.One(".interview-month")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("en", page.One("h1")!.GetAttribute("lang"));
        Assert.DoesNotContain("Readers' questionnaire", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Send my answers", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_questionnaire_is_refused_in_french()
    {
        var interview = await AddInterviewAsync();
        var sent = await Client.SubmitAsync(PagePath + "?culture=fr", new Dictionary<string, string>(), $"/interviews/{interview.Id}/answers");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, sent.Status);
        Assert.Contains("Répondez à au moins une question avant d’envoyer.", sent.Errors);
        Assert.DoesNotContain("Answer at least one question before sending.", sent.Errors);
    }
}
