using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Infrastructure.Usage;

namespace ReSoma.Web.Features.Briefs;

/// <summary>"Downloaded N times" on a brief's page: one query, as fresh as the cached page around it (decision 0037).</summary>
public sealed class BriefUsage(UsageTotals totals, IStringLocalizer<BriefUsage> localizer) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int briefId)
    {
        var usage = await totals.ForAsync(UsageKinds.Brief, briefId, HttpContext.RequestAborted);
        string text = localizer["Downloaded {0} · read {1}", Times(usage.Downloads), Times(usage.Views)];
        return new HtmlContentViewComponentResult(new HtmlString(
            $"<p class=\"small text-body-secondary\" id=\"brief-usage\">{System.Net.WebUtility.HtmlEncode(text)}</p>"));
    }

    private string Times(int count) => count == 1
        ? localizer["{0} time", count.ToString("N0", CultureInfo.CurrentCulture)]
        : localizer["{0} times", count.ToString("N0", CultureInfo.CurrentCulture)];
}
