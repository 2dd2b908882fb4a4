using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Site;

/// <summary>A one-click command whose record changed under it answers 409 with the conflict page, not 500.</summary>
public sealed class ConcurrencyConflictTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Withdrawing_a_brief_another_editor_just_changed_is_a_409()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Returns and readmission"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        var edit = await Client.GetAsync($"/editor/briefs/{brief.Id}/edit");

        // Another editor's save lands between the load and the save: SQLite then updates no row, as after a real race.
        await Factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER another_editor BEFORE UPDATE ON Briefs BEGIN SELECT RAISE(IGNORE); END;"));
        var page = await Client.SubmitAsync(edit, new Dictionary<string, string> { ["Reason"] = "Data error in table 2." }, $"/editor/briefs/{brief.Id}/withdraw");

        Assert.Equal(HttpStatusCode.Conflict, page.Status);
        Assert.Equal("Someone else changed this at the same moment", page.One("h1")!.TextContent);
        Assert.Equal(BriefStatus.Published, Factory.WithDb(db => db.Briefs.Single().Status));
    }
}
