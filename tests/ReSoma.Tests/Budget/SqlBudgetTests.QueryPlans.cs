using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Budget;

public sealed partial class SqlBudgetTests
{
    // Read whole and accepted: Cycles has a row per year and AspNetRoles five rows; seeking them would not be quicker.
    private static readonly HashSet<string> LookupTables = ["Cycles", "AspNetRoles"];

    // Full scans accepted for now, each with its reason (page, table).
    private static readonly HashSet<(string Url, string Table)> KnownScans =
    [
        // EF reads the page's topics through a derived table of every interview-topic link, which SQLite materializes
        // once per request. The link table grows by about two rows per interview (twelve a year); a split query would
        // seek it but costs another round trip, more than this scan at any size the archive reaches.
        ("/interviews", "InterviewTopics"),

        // The briefs of a search page are read by their ids ("Id" IN (@Select1 ... @Select20)): with the demo's 49 briefs
        // SQLite finds one scan cheaper than twenty primary-key lookups (three ids: it seeks). A size effect, not a
        // missing index; the query is being reworked with the ranked candidate set on another branch: recheck then.
        ("/briefs?q=asylum", "Briefs"),
    ];

    [Fact]
    public async Task Lists_and_searches_read_content_tables_through_their_indexes()
    {
        // The plans are those of the portal's own file, with the statistics the ANALYZE at start-up left (DatabaseInitializer).
        var subjects = await BudgetSubjects.PrepareAsync(Factory, Now);
        string[] urls =
        [
            "/briefs", "/briefs?area=asylum", "/briefs?series=policy-option-brief", $"/briefs?year={subjects.CycleYear}",
            "/briefs?page=50", "/briefs?q=asylum",
            "/consultations", "/events", "/events?view=month", "/interviews", "/news", "/search?q=asylum",
        ];
        var scans = new List<string>();
        foreach (var url in urls)
        {
            var (_, commands) = await Factory.Sql.GetAsync(Client.Http, url);
            Assert.NotEmpty(commands);
            foreach (var command in commands)
            {
                var plan = QueryPlans.Explain(Factory.DatabaseFile, command);
                var full = plan.Where(s => QueryPlans.IsFullScan(s) && !LookupTables.Contains(s.Table!) && !KnownScans.Contains((url, s.Table!))).ToList();
                output.WriteLine($"{url}: {Flat(command.Text)}\n{string.Concat(plan.Select(s => $"    {s.Detail}\n"))}");
                scans.AddRange(full.Select(s => $"{url}: {s.Detail} ({s.Table}) in\n    {Flat(command.Text)}"));
            }
        }

        Assert.True(scans.Count == 0, "Full scans of content tables:\n" + string.Join('\n', scans));
    }

    private static string Flat(string sql) => string.Join(' ', sql.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries));
}
