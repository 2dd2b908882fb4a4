using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Cycles;

/// <summary>The evidence map of a cycle: each cell against the seeded data, only public items, gaps marked, and the CSV.</summary>
public sealed class EvidenceMapTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private async Task SeedAsync()
    {
        await Factory.AddBriefAsync(new NewBrief("Detention: what is at stake") { Series = BriefSeries.DiscussionBrief });
        await Factory.AddBriefAsync(new NewBrief("Detention: options still in draft") { Series = BriefSeries.PolicyOptionBrief, Status = BriefStatus.Draft });
        await Factory.AddBriefAsync(new NewBrief("Rescue at sea: the final report") { Topic = "Search and rescue", Area = Area.Asylum, Series = BriefSeries.FinalSyntheticReport });

        // AddConsultationAsync puts consultations on the first topic: immigration detention, 2019.
        var held = await Factory.AddConsultationAsync(new NewConsultation("Detention feedback meeting") { StartsIn = TimeSpan.FromDays(-20), DeadlineIn = TimeSpan.FromDays(-25) });
        await Factory.AddConsultationAsync(new NewConsultation("Cancelled detention meeting") { StartsIn = TimeSpan.FromDays(-20), DeadlineIn = TimeSpan.FromDays(-25), IsCancelled = true });
        await Factory.AddConsultationAsync(new NewConsultation("Secret draft meeting") { StartsIn = TimeSpan.FromDays(-20), DeadlineIn = TimeSpan.FromDays(-25), Published = false });
        await Factory.AddConsultationAsync(new NewConsultation("Detention meeting next month"));
        var authors = await Factory.AddStakeholdersAsync(3, prefix: "evidence");
        await Factory.WithDbAsync(async db =>
        {
            var ids = await db.Users.Where(u => authors.Contains(u.Email!)).Select(u => u.Id).ToListAsync();
            var statuses = new[] { ContributionStatus.Accepted, ContributionStatus.Accepted, ContributionStatus.Rejected };
            for (var i = 0; i < ids.Count; i++)
            {
                db.Contributions.Add(new Contribution
                {
                    ConsultationId = held.Id, AuthorUserId = ids[i], Title = $"Contribution {i + 1}", Body = "What we saw.", Status = statuses[i],
                    SubmittedAt = DateTimeOffset.UtcNow.AddDays(-21), UpdatedAt = DateTimeOffset.UtcNow.AddDays(-21),
                });
            }

            await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Each_cell_shows_what_is_public_and_empty_cells_stand_out()
    {
        await SeedAsync();
        var page = await Client.GetAsync("/cycles/2019/evidence");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(["Topic", "Consultations held", "Contributions accepted", "Discussion brief", "Policy option brief", "Final synthetic report", "Interviews"],
            page.Document.QuerySelectorAll("#evidence-map thead th").Select(th => th.TextContent.Trim()));

        var detention = page.Document.QuerySelectorAll("#evidence-map tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Immigration detention", StringComparison.Ordinal));
        string Cell(string step) => detention.QuerySelector($"td[data-step={step}]")!.TextContent;
        Assert.Contains("Detention feedback meeting", Cell("ConsultationsHeld"), StringComparison.Ordinal);
        Assert.DoesNotContain("Cancelled", Cell("ConsultationsHeld"), StringComparison.Ordinal);
        Assert.DoesNotContain("next month", Cell("ConsultationsHeld"), StringComparison.Ordinal);
        Assert.Equal("2", detention.QuerySelector("td[data-step=ContributionsAccepted] .evidence-count")!.TextContent);
        Assert.NotNull(detention.QuerySelector("td[data-step=DiscussionBrief] a[href='/briefs/detention-what-is-at-stake']"));
        Assert.Contains("evidence-gap", detention.QuerySelector("td[data-step=PolicyOptionBrief]")!.ClassName, StringComparison.Ordinal);
        Assert.Contains("evidence-gap", detention.QuerySelector("td[data-step=FinalReport]")!.ClassName, StringComparison.Ordinal);

        // Drafts and unpublished consultations leave no trace, not even their titles.
        Assert.DoesNotContain("Secret draft meeting", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("options still in draft", page.Text, StringComparison.Ordinal);

        var rescue = page.Document.QuerySelectorAll("#evidence-map tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Search and rescue", StringComparison.Ordinal));
        Assert.NotNull(rescue.QuerySelector("td[data-step=FinalReport] a[href='/briefs/rescue-at-sea-the-final-report']"));
        Assert.Equal(5, rescue.QuerySelectorAll("td.evidence-gap").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/cycles/1999/evidence")).Status);
    }

    [Fact]
    public async Task The_map_downloads_as_csv_with_counts_titles_and_gaps()
    {
        await SeedAsync();
        var response = await Client.Http.GetAsync("/cycles/2019/evidence.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Area,Topic,Consultations held,Consultations held (titles),Contributions accepted", lines[0], StringComparison.Ordinal);
        var detention = Assert.Single(lines, l => l.Contains("Immigration detention", StringComparison.Ordinal));
        Assert.Equal("Migration,Immigration detention,1,Detention feedback meeting,2,Detention feedback meeting (2),1,Detention: what is at stake,0,,0,,0,,3", detention);
        Assert.DoesNotContain("Secret draft meeting", string.Join('\n', lines), StringComparison.Ordinal);
    }
}
