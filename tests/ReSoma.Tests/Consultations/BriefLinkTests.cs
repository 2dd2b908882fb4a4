using System.Globalization;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Consultations;

/// <summary>An editor says which consultations a brief drew on; the link shows on both pages.</summary>
public sealed class BriefLinkTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task A_brief_linked_to_a_consultation_shows_on_both_pages()
    {
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("Source meeting"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        var topicId = Factory.WithDb(db => db.Topics.Single().Id).ToString(CultureInfo.InvariantCulture);
        var created = await Client.SubmitAsync("/editor/briefs/new", new Dictionary<string, string>
        {
            ["Title"] = "Options after the meeting", ["TopicId"] = topicId, ["Series"] = nameof(BriefSeries.PolicyOptionBrief),
            ["Summary"] = "What we heard.", ["Body"] = "Text.", ["Language"] = "en", ["Authors"] = "Ana Ribeiro",
            ["ConsultationIds"] = consultation.Id.ToString(CultureInfo.InvariantCulture),
        });
        var edit = created.Location!.Split('?')[0];
        var id = edit.Split('/')[3];
        await Client.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/briefs/{id}/publish");

        var brief = await NewClient().GetAsync("/briefs/options-after-the-meeting");
        Assert.Equal(["Source meeting"], brief.Document.QuerySelectorAll(".drawn-consultations a").Select(a => a.TextContent));
        var page = await NewClient().GetAsync("/consultations/source-meeting");
        Assert.Equal("Options after the meeting", page.One("#briefs-heading + ul a")!.TextContent);

        var form = await Client.GetAsync(edit);
        Assert.NotNull(form.One($"#consultation-{consultation.Id}[checked]"));
    }
}
