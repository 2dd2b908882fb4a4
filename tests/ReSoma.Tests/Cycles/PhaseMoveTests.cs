using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Cycles;

public sealed class PhaseMoveTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task Each_legal_move_is_recorded_and_shown_on_the_public_timeline()
    {
        await Client.LoginAsRoleAsync(Roles.Admin);
        var opened = await Client.OpenCycleAsync(fill: wizard => wizard.NewTopics(Area.Migration, "M1").With(new() { ["OpenAnyway"] = "true" }), dates: new()
        {
            ["Year"] = "2020", ["AgendaSettingOn"] = "2020-01-10", ["ConsultationsOn"] = "2020-03-01", ["SynthesisOn"] = "2020-06-01", ["PublicationOn"] = "2020-09-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.Status);

        var today = CycleTestData.Today;
        var page = await Client.GetAsync("/admin/cycles/2020");
        Assert.Equal("Consultations", page.One("input[name=Phase]")!.GetAttribute("value"));
        Assert.Equal(Iso(today), page.One("#StartsOn")!.GetAttribute("value"));
        foreach (var (phase, days) in new[] { (CyclePhase.Consultations, 0), (CyclePhase.Synthesis, 30), (CyclePhase.Publication, 60) })
        {
            var moved = await Client.SubmitAsync("/admin/cycles/2020", new Dictionary<string, string> { ["StartsOn"] = Iso(today.AddDays(days)) }, "/admin/cycles/2020/phase");
            Assert.Equal(HttpStatusCode.Redirect, moved.Status);
            Assert.Equal("/admin/cycles/2020?done=moved", moved.Location);
            Assert.Equal(phase, await Factory.WithDbAsync(db => db.Cycles.Where(c => c.Year == 2020).Select(c => c.Phase).SingleAsync()));
        }

        var published = await Client.GetAsync("/admin/cycles/2020?done=moved");
        Assert.Contains("Cycle 2020 has moved to Publication", published.Text, StringComparison.Ordinal);
        Assert.NotNull(published.One("#cycle-published"));
        Assert.Null(published.One("form[action='/admin/cycles/2020/phase']"));
        Assert.Equal(4, published.Document.QuerySelectorAll("#phase-changes tbody tr").Length);

        var changes = (await Factory.WithDbAsync(db => db.CyclePhaseChanges.Where(c => c.CycleId == db.Cycles.Single(x => x.Year == 2020).Id).ToListAsync()))
            .OrderBy(c => c.Phase).ToList();
        Assert.Equal(Enum.GetValues<CyclePhase>(), changes.Select(c => c.Phase));
        Assert.Equal([today, today, today.AddDays(30), today.AddDays(60)], changes.Select(c => c.StartsOn));
        Assert.All(changes, c => Assert.Equal("Demo Admin", c.RecordedByName));
        Assert.All(changes, c => Assert.NotNull(c.RecordedByUserId));

        var timeline = await NewClient().GetAsync("/cycles/2020");
        var steps = timeline.Document.QuerySelectorAll("ol#timeline > li");
        Assert.Equal(["Agenda setting", "Consultations", "Synthesis", "Publication"], steps.Select(li => li.QuerySelector("h3")!.TextContent.Trim()));
        Assert.Equal(Iso(today.AddDays(60)), steps[3].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.All(steps, li => Assert.Equal("Demo Admin", li.QuerySelector(".recorded-by")!.TextContent));
        Assert.Contains("Current · Publication", timeline.One("#cycle-status")!.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<string, CyclePhase, string, string> IllegalMoves => new()
    {
        // cycle, its phase, the move posted, the message
        { "2020", CyclePhase.Synthesis, "Consultations", "Cycle 2020 is already in Synthesis: a cycle never moves back to Consultations." },
        { "2020", CyclePhase.Synthesis, "Synthesis", "Cycle 2020 is already in Synthesis: a cycle never moves back to Synthesis." },
        { "2020", CyclePhase.AgendaSetting, "Synthesis", "Cycle 2020 cannot skip Consultations: move it to Consultations before Synthesis." },
        { "2020", CyclePhase.AgendaSetting, "Publication", "Cycle 2020 cannot skip Consultations: move it to Consultations before Publication." },
        { "2020", CyclePhase.Publication, "Publication", "Cycle 2020 is in Publication, the last phase: there is no phase after it." },
        { "2018", CyclePhase.Synthesis, "Publication", "Cycle 2018 is archived: it cannot be moved or made current again, because only one cycle is current at a time. Open a new cycle instead." },
        { "2020", CyclePhase.Consultations, "Synthesis", "Synthesis cannot start on 1 March 2020, before Consultations started (15 March 2020)." },
    };

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public async Task An_illegal_move_is_refused_with_its_message_and_nothing_changes(string year, CyclePhase phase, string move, string message)
    {
        await Factory.AddCycleAsync(2018, current: false, year == "2018" ? phase : CyclePhase.Publication);
        await Factory.AddCycleAsync(2020, current: true, year == "2020" ? phase : CyclePhase.AgendaSetting);
        await Factory.AddPhaseChangeAsync(2020, CyclePhase.AgendaSetting, new DateOnly(2020, 1, 15));
        if (year == "2020" && phase >= CyclePhase.Consultations)
        {
            await Factory.AddPhaseChangeAsync(2020, CyclePhase.Consultations, new DateOnly(2020, 3, 15));
        }

        var before = await SnapshotAsync();
        await Client.LoginAsRoleAsync(Roles.Admin);

        var refused = await Client.PostWithTokenAsync($"/admin/cycles/{year}/phase", new Dictionary<string, string> { ["Phase"] = move, ["StartsOn"] = "2020-03-01" });

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal([message], refused.Errors);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task The_archived_cycles_page_offers_no_move_and_the_archive_stays_archived()
    {
        await Factory.AddCycleAsync(2018, current: false, CyclePhase.Consultations);
        await Factory.AddCycleAsync(2019, current: true, CyclePhase.AgendaSetting);
        await Client.LoginAsRoleAsync(Roles.Admin);

        var page = await Client.GetAsync("/admin/cycles/2018");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("cannot become current again", page.One("#cycle-archived")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.One("form[action='/admin/cycles/2018/phase']"));
        await Client.PostWithTokenAsync("/admin/cycles/2018/phase", new Dictionary<string, string> { ["Phase"] = "Synthesis", ["StartsOn"] = "2020-01-01" });
        Assert.Equal([2019], await Factory.WithDbAsync(db => db.Cycles.Where(c => c.IsCurrent).Select(c => c.Year).ToListAsync()));
    }

    [Theory]
    [InlineData("", "2020-05-01", "Choose the phase the cycle moves to.")]
    [InlineData("Consultations", "", "Give the date the phase starts.")]
    [InlineData("Consultations", "not a date", "The value 'not a date' is not valid for Starts on.")]
    [InlineData("5", "2020-05-01", "The value '5' is invalid.")]
    public async Task A_move_without_a_phase_or_date_is_shown_again_with_its_message(string phase, string startsOn, string message)
    {
        await Factory.AddCycleAsync(2020, current: true);
        var before = await SnapshotAsync();
        await Client.LoginAsRoleAsync(Roles.Admin);

        var refused = await Client.PostWithTokenAsync("/admin/cycles/2020/phase", new Dictionary<string, string> { ["Phase"] = phase, ["StartsOn"] = startsOn });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(message, refused.Errors);
        Assert.Equal(before, await SnapshotAsync());
    }

    private Task<string> SnapshotAsync() => Factory.WithDbAsync(async db =>
    {
        var cycles = await db.Cycles.OrderBy(c => c.Year).Select(c => $"{c.Year}:{c.Phase}:{c.IsCurrent}:{c.Version}:{c.ClosedAt}").ToListAsync();
        var changes = await db.CyclePhaseChanges.OrderBy(c => c.Id).Select(c => $"{c.CycleId}:{c.Phase}:{c.StartsOn}").ToListAsync();
        return string.Join("|", cycles.Concat(changes));
    });

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
