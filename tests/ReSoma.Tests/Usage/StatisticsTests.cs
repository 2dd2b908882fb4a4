using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Usage;

namespace ReSoma.Tests.Usage;

/// <summary>The editors' statistics: a month's top items and series, a brief's chart drawn as SVG with its table, the
/// CSV, and nobody else let in.</summary>
public sealed class StatisticsTests : PortalTest<UsageFactory>
{
    public StatisticsTests(UsageFactory factory) : base(factory)
    {
        factory.ForgetUsage();
    }

    private async Task<(Brief Read, Brief Downloaded)> UsesAsync()
    {
        var read = await Factory.AddBriefAsync(new NewBrief("Detention options"));
        var downloaded = await Factory.AddBriefAsync(new NewBrief("=HYPERLINK(\"http://evil.example\") options") { Series = BriefSeries.PolicyOptionBrief });
        await Factory.NewInterview(2026, 10, "Borders at sea").Published(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero));
        var queue = Factory.Services.GetRequiredService<UsageQueue>();
        var at = Factory.Clock.GetUtcNow();
        void Use(string kind, string slug, UsageMetric metric, int visitors)
        {
            for (var v = 0; v < visitors; v++)
            {
                queue.TryEnqueue(new UsageEvent(kind, slug, metric, at, $"198.51.100.{v}", UsageFactory.Browser));
            }
        }

        Use(UsageKinds.Brief, read.Slug, UsageMetric.View, 5);
        Use(UsageKinds.Brief, read.Slug, UsageMetric.Download, 1);
        Use(UsageKinds.Brief, downloaded.Slug, UsageMetric.View, 2);
        Use(UsageKinds.Brief, downloaded.Slug, UsageMetric.Download, 4);
        Use(UsageKinds.Interview, "borders-at-sea", UsageMetric.View, 3);
        await Factory.FlushAsync();
        return (read, downloaded);
    }

    [Fact]
    public async Task Editors_see_the_months_most_read_and_downloaded_items_and_the_series()
    {
        var (read, downloaded) = await UsesAsync();
        await Client.LoginAsRoleAsync(Roles.Editor);

        var page = await Client.GetAsync("/editor/statistics");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var mostRead = page.Document.QuerySelectorAll("#most-read tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, mostRead.Count);
        Assert.Contains("Detention options", mostRead[0], StringComparison.Ordinal);
        Assert.Contains("5", mostRead[0], StringComparison.Ordinal);
        Assert.Contains("Borders at sea", mostRead[1], StringComparison.Ordinal);
        var mostDownloaded = page.Document.QuerySelectorAll("#most-downloaded tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, mostDownloaded.Count);
        Assert.Contains("HYPERLINK", mostDownloaded[0], StringComparison.Ordinal);
        Assert.NotNull(page.One($"#most-read a[href='/editor/statistics/briefs/{read.Id}']"));
        Assert.NotNull(page.One($"#most-downloaded a[href='/editor/statistics/briefs/{downloaded.Id}']"));

        var series = page.Document.QuerySelectorAll("#usage-by-series tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelectorAll("td").Select(c => c.TextContent).ToList());
        Assert.Equal(["1", "5", "1"], series["Discussion briefs"]);
        Assert.Equal(["1", "2", "4"], series["Policy option briefs"]);
        Assert.Equal(["1", "3", "0"], series["Interviews"]);

        var october = await Client.GetAsync("/editor/statistics?month=2026-10");
        Assert.NotNull(october.One("#no-usage"));
        Assert.Equal("2026-10", october.One("#month option[selected]")!.GetAttribute("value"));
        Assert.NotNull(page.Document.QuerySelectorAll("a.dropdown-item").FirstOrDefault(a => a.GetAttribute("href") == "/editor/statistics"));
    }

    [Fact]
    public async Task A_briefs_chart_is_an_accessible_svg_with_its_table()
    {
        var (read, _) = await UsesAsync();
        Factory.Clock.Advance(TimeSpan.FromDays(31)); // into December: November is last month's bar
        await Client.LoginAsRoleAsync(Roles.Editor);

        var page = await Client.GetAsync($"/editor/statistics/briefs/{read.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var svg = page.One("svg#usage-chart")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Contains("Detention options", svg.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("5 views and 1 downloads", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(12, svg.QuerySelectorAll("rect.bar-views").Length);
        Assert.Contains("November 2026: 5 views", page.Html, StringComparison.Ordinal);
        var rows = page.Document.QuerySelectorAll("#usage-by-month tbody tr").ToList();
        Assert.Equal(12, rows.Count);
        Assert.Equal("December 2026", rows[^1].QuerySelector("th")!.TextContent);
        Assert.Equal(["5", "1"], rows[^2].QuerySelectorAll("td").Select(c => c.TextContent));

        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/editor/statistics/briefs/999999")).Status);
    }

    [Fact]
    public async Task The_csv_has_a_row_per_item_and_defuses_formulas()
    {
        await UsesAsync();
        await Client.LoginAsRoleAsync(Roles.Editor);

        var response = await Client.Http.GetAsync("/editor/statistics.csv?month=2026-11");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("resoma-usage-2026-11.csv", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Month,Kind,Series,Title,Address,Views,Downloads", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Contains("2026-11,brief,Discussion brief,Detention options,http://localhost/briefs/detention-options,5,1", lines);
        var formula = Assert.Single(lines, l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.DoesNotContain(",=", formula, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", formula, StringComparison.Ordinal);
        Assert.EndsWith(",2,4", formula, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.Practitioner)]
    public async Task Nobody_but_editors_gets_in(string role)
    {
        var (read, _) = await UsesAsync();
        string[] paths = ["/editor/statistics", "/editor/statistics.csv", $"/editor/statistics/briefs/{read.Id}"];
        foreach (var path in paths)
        {
            var anonymous = await NewClient().Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
            Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        await Client.LoginAsRoleAsync(role);
        foreach (var path in paths)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await Client.Http.GetAsync(path)).StatusCode);
        }
    }
}
