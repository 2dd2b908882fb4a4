using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Languages;

/// <summary>The briefs library, a brief's page, its citations, the brief editor and the evidence links in French, in
/// the states the page walk does not reach (filters, notices, errors, links): the interface is French, content keeps
/// its language and says so.</summary>
public sealed class FrenchBriefsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_library_filters_and_says_what_it_ignored_in_French()
    {
        await Factory.AddBriefAsync(new NewBrief("Detention of families") { Series = BriefSeries.PolicyOptionBrief });
        var page = await Client.GetAsync("/briefs?culture=fr&area=migration&topic=immigration-detention-2019&series=poems");
        Assert.Equal("Notes d’orientation", page.One("h1")!.TextContent);
        Assert.Equal("1 note, les plus récentes d’abord", page.One("#result-count")!.TextContent);
        Assert.Contains("La série « poems » est inconnue\u00a0: ce filtre a été ignoré.", page.One("[role=status]")!.TextContent, StringComparison.Ordinal);
        var chips = page.Document.QuerySelectorAll(".filter-chip").Select(a => a.TextContent.Replace("×", "", StringComparison.Ordinal).Trim()).ToList();
        Assert.Equal(["Domaine\u00a0: Migration", "Thème\u00a0: Immigration detention (2019)"], chips);
        Assert.Equal("en", page.One(".filter-chip [lang]")!.GetAttribute("lang"));
        Assert.Equal("Note d’options politiques", page.One(".brief-card .series-label")!.TextContent);
        Assert.Contains("1 mai 2019", page.One(".brief-card time")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("newest first", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_brief_and_its_citations_are_in_French_and_the_brief_keeps_its_language()
    {
        await Factory.AddBriefAsync(new NewBrief("Detention: what is at stake") { Keywords = "detention; alternatives" });
        var page = await Client.GetAsync("/briefs/detention-what-is-at-stake?culture=fr");
        Assert.Equal("en", page.One("h1")!.GetAttribute("lang"));
        Assert.Equal("Télécharger le PDF", page.One("#download-pdf")!.TextContent);
        Assert.Contains("Publiée le 1 mai 2019", page.One("header p.text-body-secondary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Citer cette note", page.One("#cite-heading")!.TextContent);
        Assert.Equal("en", page.One("#citation-apa")!.GetAttribute("lang"));
        Assert.Equal("Copié", page.One("[data-copy-target=citation-bibtex]")!.GetAttribute("data-copied"));
        Assert.Equal("Téléchargée 0 fois · lue 0 fois", page.One("#brief-usage")!.TextContent);
        Assert.DoesNotContain("Download PDF", page.Text, StringComparison.Ordinal);

        var cite = await Client.GetAsync("/briefs/detention-what-is-at-stake/cite?format=word");
        Assert.Equal(HttpStatusCode.BadRequest, cite.Status);
        Assert.Contains("Il n’existe pas de format de citation « word ».", cite.Text, StringComparison.Ordinal);
        Assert.Equal("Citer cette note", cite.One("h1")!.TextContent);
    }

    [Fact]
    public async Task The_brief_editor_answers_in_French()
    {
        await Factory.AddCycleAsync(2019, topics: ("Immigration detention", Area.Migration));
        var topicId = Factory.WithDb(db => db.Topics.Single().Id);
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = await Client.GetAsync("/editor/briefs/new?culture=fr");
        Assert.Equal("Nouvelle note", form.One("h1")!.TextContent);
        Assert.Equal("Titre", form.One("label[for=Title]")!.TextContent);
        Assert.Equal("en", form.One($"#TopicId option[value='{topicId}']")!.GetAttribute("lang"));

        var refused = await Client.SubmitAsync(form, new Dictionary<string, string> { ["Title"] = "", ["TopicId"] = "0", ["Series"] = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Donnez un titre à la note.", refused.Errors);
        Assert.Contains("Choisissez la série.", refused.Errors);

        var fields = new Dictionary<string, string>
        {
            ["Title"] = "Too thin", ["TopicId"] = topicId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Series"] = nameof(BriefSeries.DiscussionBrief), ["Summary"] = "A summary.", ["Language"] = "en",
            ["Doi"] = "resoma-1", ["Authors"] = "Jan Berg; ; 0000-0002-1825-0098",
        };
        var badIds = await Client.SubmitAsync(form, fields);
        Assert.Contains(badIds.Errors, e => e.StartsWith("« resoma-1 » n’est pas un DOI", StringComparison.Ordinal));
        Assert.Contains(badIds.Errors, e => e.StartsWith("Ligne d’auteur 1 (Jan Berg)\u00a0: « 0000-0002-1825-0098 » n’est pas un identifiant ORCID valide", StringComparison.Ordinal));

        fields.Remove("Doi");
        fields.Remove("Authors");
        var created = await Client.SubmitAsync(form, fields);
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var id = Factory.WithDb(db => db.Briefs.Single().Id);
        var edit = await Client.GetAsync($"/editor/briefs/{id}/edit?done=created");
        Assert.Equal("Brouillon", edit.One("#brief-status")!.TextContent);
        Assert.Contains("Brouillon créé.", edit.Text, StringComparison.Ordinal);
        var unpublishable = await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/briefs/{id}/publish");
        Assert.Contains("Une note doit avoir un texte, au moins un auteur avant de pouvoir être publiée.", unpublishable.Errors);
    }

    [Fact]
    public async Task Links_and_the_contributions_they_cite_are_in_French()
    {
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("Detention hearing") { StartsIn = TimeSpan.FromDays(-20), DeadlineIn = TimeSpan.FromDays(-25) });
        var author = (await Factory.AddStakeholdersAsync(1, prefix: "francais")).Single();
        var contribution = await Factory.WithDbAsync(async db =>
        {
            var user = await db.Users.Where(u => u.Email == author).Select(u => u.Id).SingleAsync();
            var accepted = new Contribution { ConsultationId = consultation.Id, AuthorUserId = user, Title = "Alternatives seen in Ghent", Status = ContributionStatus.Accepted, SubmittedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow };
            db.Contributions.Add(accepted);
            await db.SaveChangesAsync();
            return accepted.Id;
        });
        var brief = await Factory.AddBriefAsync(new NewBrief("Detention options"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        var links = await Client.GetAsync($"/editor/briefs/{brief.Id}/links?culture=fr");
        Assert.Equal("Aucun lien pour le moment.", links.One("#no-links")!.TextContent);
        Assert.Equal("Contributions acceptées (titre — consultation)", links.One("#Target optgroup")!.GetAttribute("label"));
        var fields = new Dictionary<string, string> { ["Kind"] = "Cites", ["Target"] = $"contribution:{contribution}" };
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync(links, fields)).Status);
        var again = await Client.SubmitAsync($"/editor/briefs/{brief.Id}/links", fields, $"/editor/briefs/{brief.Id}/links");
        Assert.Equal("La note a déjà ce lien.", again.One("#target-error")!.TextContent);
        Assert.Equal("Cite", again.One("#brief-links tbody td")!.TextContent);

        var page = await NewClient().GetAsync("/briefs/detention-options?culture=fr");
        Assert.Equal("Données probantes liées", page.One("#evidence-links-heading")!.TextContent);
        var cited = page.One("[data-link-kind=Cites] li")!;
        Assert.Contains("(envoyée à Detention hearing)", cited.TextContent, StringComparison.Ordinal);
        Assert.Equal("en", cited.QuerySelector("span[lang]")!.GetAttribute("lang"));

        var mine = NewClient();
        await mine.LoginAsync(author, PortalFactory.Password);
        var contributions = await mine.GetAsync("/account/contributions?culture=fr");
        Assert.Equal("Mes contributions", contributions.One("h1")!.TextContent);
        Assert.Contains("Envoyée à Detention hearing · Acceptée", contributions.One($"#contribution-{contribution}")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Citée dans\u00a0:", contributions.One($"#contribution-{contribution}")!.TextContent, StringComparison.Ordinal);
    }
}
