using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Statistics;

/// <summary>The editors' usage statistics: a month's most read and downloaded items, per series, a brief's chart, CSV.</summary>
[Route("editor/statistics")]
[Authorize(Policy = Policies.Editorial)]
public sealed class StatisticsController(StatisticsQuery statistics, SiteAddress site) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? month, CancellationToken cancellationToken) =>
        View(await statistics.MonthAsync(UsageMonth.Parse(month, statistics.ThisMonth), cancellationToken));

    [HttpGet("/editor/statistics.csv")]
    public async Task<IActionResult> Csv(string? month, CancellationToken cancellationToken)
    {
        var page = await statistics.MonthAsync(UsageMonth.Parse(month, statistics.ThisMonth), cancellationToken);
        return File(await StatisticsCsv.WriteAsync(page, site.Root, cancellationToken), StatisticsCsv.ContentType, $"resoma-usage-{page.Month.Key}.csv");
    }

    [HttpGet("briefs/{id:int}")]
    public async Task<IActionResult> Brief(int id, CancellationToken cancellationToken) =>
        await statistics.BriefAsync(id, cancellationToken) is { } page ? View(page) : NotFound();
}
