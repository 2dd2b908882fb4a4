using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Briefs;

/// <summary>Editors set the licence, the DOI and the authors' ORCID iDs in the brief form; wrong ones get a message.</summary>
public sealed class MetadataEditorTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private const string Carberry = "0000-0002-1825-0097";

    private async Task<Dictionary<string, string>> FormAsync(string title = "A new brief")
    {
        await Factory.AddCycleAsync(2019, topics: ("Immigration detention", Area.Migration));
        return new()
        {
            ["Title"] = title,
            ["TopicId"] = Factory.WithDb(db => db.Topics.Single().Id).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Series"] = nameof(BriefSeries.PolicyOptionBrief),
            ["Summary"] = "What the options are.",
            ["Body"] = "Three options.",
            ["Language"] = "en",
            ["Authors"] = $"Ana Ribeiro; ISMU Foundation; {Carberry}\nZoë Lindqvist; ; https://orcid.org/0000-0002-1694-233X\nJan Berg",
            ["Licence"] = nameof(BriefLicence.CcBySa40),
            ["Doi"] = "https://doi.org/10.5555/resoma.2019.001",
        };
    }

    [Fact]
    public async Task The_form_offers_every_licence_with_CC_BY_chosen_for_a_new_brief()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        await Factory.AddCycleAsync(2019, topics: ("Immigration detention", Area.Migration));
        var page = await Client.GetAsync("/editor/briefs/new");
        var options = page.Document.QuerySelectorAll("select[name=Licence] option").ToList();
        Assert.Equal(BriefLicences.All.Select(l => l.ToString()), options.Select(o => o.GetAttribute("value")));
        Assert.Equal(nameof(BriefLicence.CcBy40), options.Single(o => o.HasAttribute("selected")).GetAttribute("value"));
        Assert.NotNull(page.One("input[name=Doi]"));
    }

    [Fact]
    public async Task Licence_DOI_and_ORCID_iDs_are_saved_and_read_back_into_the_form()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var created = await Client.SubmitAsync("/editor/briefs/new", await FormAsync());
        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var brief = await Factory.WithDbAsync(db => db.Briefs.Include(b => b.Authors).SingleAsync());
        Assert.Equal(BriefLicence.CcBySa40, brief.Licence);
        Assert.Equal("10.5555/resoma.2019.001", brief.Doi);
        Assert.Equal([Carberry, "0000-0002-1694-233X", null], brief.Authors.OrderBy(a => a.Position).Select(a => a.Orcid));

        var edit = await Client.GetAsync($"/editor/briefs/{brief.Id}/edit");
        Assert.Equal($"Ana Ribeiro; ISMU Foundation; {Carberry}\nZoë Lindqvist; ; 0000-0002-1694-233X\nJan Berg", edit.One("textarea[name=Authors]")!.TextContent.ReplaceLineEndings("\n").Trim());
        Assert.Equal("10.5555/resoma.2019.001", edit.One("input[name=Doi]")!.GetAttribute("value"));
        Assert.Equal(nameof(BriefLicence.CcBySa40), edit.One("select[name=Licence] option[selected]")!.GetAttribute("value"));

        // Saving the form as it was read back changes nothing.
        var saved = await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/briefs/{brief.Id}/edit");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var again = await Factory.WithDbAsync(db => db.Briefs.Include(b => b.Authors).SingleAsync());
        Assert.Equal([Carberry, "0000-0002-1694-233X", null], again.Authors.OrderBy(a => a.Position).Select(a => a.Orcid));
        Assert.Equal(BriefLicence.CcBySa40, again.Licence);
    }

    [Fact]
    public async Task A_wrong_DOI_or_ORCID_iD_answers_422_with_a_message_naming_it()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = await FormAsync();
        form["Doi"] = "resoma-2019-001";
        form["Authors"] = "Ana Ribeiro; ISMU Foundation\nJan Berg; ; 0000-0002-1825-0098";
        var page = await Client.SubmitAsync("/editor/briefs/new", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains(page.Errors, e => e.StartsWith("\"resoma-2019-001\" is not a DOI", StringComparison.Ordinal));
        Assert.Contains(page.Errors, e => e.StartsWith("Author line 2 (Jan Berg): \"0000-0002-1825-0098\" is not a valid ORCID iD", StringComparison.Ordinal));
        Assert.Equal(0, Factory.WithDb(db => db.Briefs.Count()));
    }

    [Fact]
    public async Task Two_briefs_cannot_share_a_DOI()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        var form = await FormAsync("First");
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync("/editor/briefs/new", form)).Status);

        form["Title"] = "Second";
        form["Doi"] = "doi:10.5555/RESOMA.2019.001";
        var refused = await Client.SubmitAsync("/editor/briefs/new", form);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(refused.Errors, e => e.StartsWith("Another brief already has this DOI", StringComparison.Ordinal));

        form["Doi"] = "10.5555/resoma.2019.002";
        Assert.Equal(HttpStatusCode.Redirect, (await Client.SubmitAsync("/editor/briefs/new", form)).Status);
        var second = Factory.WithDb(db => db.Briefs.Single(b => b.Title == "Second").Id);
        var edit = $"/editor/briefs/{second}/edit";
        var edited = await Client.SubmitAsync(edit, new Dictionary<string, string> { ["Doi"] = "10.5555/resoma.2019.001" }, edit);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, edited.Status);
        Assert.Contains(edited.Errors, e => e.StartsWith("Another brief already has this DOI", StringComparison.Ordinal));

        // Saving a brief with its own DOI is no clash.
        var own = await Client.SubmitAsync(edit, new Dictionary<string, string>(), edit);
        Assert.Equal(HttpStatusCode.Redirect, own.Status);
    }
}
