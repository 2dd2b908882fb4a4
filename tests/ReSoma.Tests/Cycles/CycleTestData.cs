using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Cycles;

/// <summary>Builders and form helpers for the cycle tests.</summary>
public static class CycleTestData
{
    public static readonly (string Title, Area Area)[] NineTopics2019 =
    [
        ("Immigration detention", Area.Migration), ("Global compact on migration", Area.Migration), ("Strategic litigation", Area.Migration),
        ("Secondary movements", Area.Asylum), ("Global compact on refugees", Area.Asylum), ("Search and rescue", Area.Asylum),
        ("Local integration funding", Area.Integration), ("Public opinion", Area.Integration), ("Private sponsorship", Area.Integration),
    ];

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public const string Wizard = "/admin/cycles/new";

    /// <summary>A proposal waiting for the next cycle, or (with <paramref name="decidedIn"/>) one a cycle's opening decided.</summary>
    public static async Task<TopicProposal> AddProposalAsync(this PortalFactory factory, Area area, string title, string rationale = "Because the evidence is missing.", int? decidedIn = null)
    {
        var proposal = new TopicProposal { DecidedInYear = decidedIn, Area = area, Title = title, Rationale = rationale, ProposedByName = "Ana Ribeiro", CreatedAt = DateTimeOffset.UtcNow };
        await factory.WithDbAsync(async db =>
        {
            db.TopicProposals.Add(proposal);
            await db.SaveChangesAsync();
        });
        return proposal;
    }

    public static Task AddPhaseChangeAsync(this PortalFactory factory, int year, CyclePhase phase, DateOnly startsOn) =>
        factory.WithDbAsync(async db =>
        {
            var cycle = await db.Cycles.SingleAsync(c => c.Year == year);
            db.CyclePhaseChanges.Add(new CyclePhaseChange
            {
                CycleId = cycle.Id, Phase = phase, StartsOn = startsOn, RecordedAt = DateTimeOffset.UtcNow, RecordedByName = "ReSOMA secretariat",
            });
            await db.SaveChangesAsync();
        });

    public static Task<int> TopicIdAsync(this PortalFactory factory, string title, int year) =>
        factory.WithDbAsync(db => db.Topics.Where(t => t.Title == title && t.Cycle!.Year == year).Select(t => t.Id).SingleAsync());

    /// <summary>Ticks the checkboxes (carry over, adopt) of a page as a person would before submitting it.</summary>
    public static Page Tick(this Page page, params string[] ids)
    {
        foreach (var id in ids)
        {
            var box = page.One($"#{id}") as IHtmlInputElement ?? throw new InvalidOperationException($"No checkbox #{id} on the page");
            box.IsChecked = true;
        }

        return page;
    }

    /// <summary>The wizard's new-topic rows of an area, filled in order: "NewTopics[i].Title" and its origin.</summary>
    public static Dictionary<string, string> NewTopics(this Page wizard, Area area, params string[] titles)
    {
        var values = new Dictionary<string, string>();
        var rows = wizard.Document.QuerySelectorAll($"input[type=hidden][name$='.Area'][value='{area}']")
            .Select(i => i.GetAttribute("name")![..^".Area".Length]).ToList();
        for (var n = 0; n < titles.Length; n++)
        {
            values[$"{rows[n]}.Title"] = titles[n];
            values[$"{rows[n]}.Origin"] = n % 2 == 0 ? nameof(TopicOrigin.EuAgenda) : nameof(TopicOrigin.LocalNeed);
            values[$"{rows[n]}.Summary"] = $"Why **{titles[n]}** matters.";
        }

        return values;
    }

    /// <summary>The first step of the wizard, posted with <paramref name="dates"/> on top of what it shows, to reach the topics step.</summary>
    public static async Task<Page> WizardTopicsAsync(this PortalClient admin, Dictionary<string, string>? dates = null)
    {
        var first = await admin.GetAsync(Wizard);
        Assert.Equal(System.Net.HttpStatusCode.OK, first.Status);
        return await admin.SubmitAsync(first, (dates ?? []).With(new() { ["Go"] = "topics" }), Wizard);
    }

    /// <summary>Walks the wizard as an admin does: year and dates, the topics step (ticked and filled in), the review,
    /// then "open". Returns the first page that is not the next step, or the answer to "open".</summary>
    public static async Task<Page> OpenCycleAsync(this PortalClient admin, string[]? tick = null, Func<Page, Dictionary<string, string>>? fill = null, Dictionary<string, string>? dates = null)
    {
        var topics = await admin.WizardTopicsAsync(dates);
        if (topics.One("#open-cycle-topics") is null)
        {
            return topics;
        }

        var review = await admin.SubmitAsync(topics.Tick(tick ?? []), (fill?.Invoke(topics) ?? []).With(new() { ["Go"] = "review" }), Wizard);
        return review.One("#open-cycle-review") is null ? review : await admin.SubmitAsync(review, new Dictionary<string, string> { ["Go"] = "open" }, Wizard);
    }

    public static Dictionary<string, string> With(this Dictionary<string, string> values, Dictionary<string, string> more)
    {
        foreach (var (key, value) in more)
        {
            values[key] = value;
        }

        return values;
    }
}
