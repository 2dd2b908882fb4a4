using System.Globalization;
using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace ReSoma.Tests.Infrastructure;

/// <summary>A page and the number of SQL commands one request of it may make.</summary>
/// <param name="Warm">Requested once before counting: for a page whose first request does one-off work (a PDF is
/// rendered once per version of its brief, then served from its file).</param>
public sealed record BudgetedPage(string Name, string Url, int Budget, bool Warm = false);

/// <summary>What one request of a page made.</summary>
public sealed record PageCount(BudgetedPage Page, IReadOnlyList<SqlCommandRecord> Commands)
{
    public int Count => Commands.Count;
}

/// <summary>
/// Measures the SQL commands pages make, before and after more data is added, prints the table, and fails when a
/// count is off its budget — over it (a new round trip, or one per row: N+1), or under it (lower the budget).
/// </summary>
public sealed class SqlBudget(SqlCommandLog log, ITestOutputHelper output)
{
    public async Task<IReadOnlyList<PageCount>> MeasureAsync(HttpClient client, IReadOnlyList<BudgetedPage> pages)
    {
        var counts = new List<PageCount>();
        foreach (var page in pages)
        {
            if (page.Warm)
            {
                await log.GetAsync(client, page.Url);
            }

            var (response, commands) = await log.GetAsync(client, page.Url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {page.Url} answered {(int)response.StatusCode}");
            counts.Add(new PageCount(page, commands));
        }

        return counts;
    }

    /// <summary>Prints page, budget and both counts; then asserts every count equals its budget.</summary>
    public void Check(string visitor, IReadOnlyList<PageCount> before, IReadOnlyList<PageCount> after)
    {
        var table = new StringBuilder().Append(CultureInfo.InvariantCulture, $"SQL commands per request, {visitor}\n| page | budget | counted | with more data |\n|---|---:|---:|---:|\n");
        var off = new List<string>();
        for (var i = 0; i < before.Count; i++)
        {
            var page = before[i].Page;
            table.Append(CultureInfo.InvariantCulture, $"| {page.Name} | {page.Budget} | {before[i].Count} | {after[i].Count} |\n");
            if (before[i].Count != page.Budget || after[i].Count != page.Budget)
            {
                // The commands themselves, so a failure says which query is new or repeated.
                var commands = after[i].Count != page.Budget ? after[i].Commands : before[i].Commands;
                off.Add($"{page.Name} ({page.Url}): budget {page.Budget}, counted {before[i].Count}, with more data {after[i].Count}\n"
                    + string.Concat(commands.Select(c => "    " + string.Join(' ', c.Text.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)) + "\n")));
            }
        }

        output.WriteLine(table.ToString());
        Assert.True(off.Count == 0, $"Off budget ({visitor}):\n" + string.Join('\n', off));
    }
}
