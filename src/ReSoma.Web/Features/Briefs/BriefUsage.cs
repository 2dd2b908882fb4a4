using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using ReSoma.Web.Infrastructure.Usage;

namespace ReSoma.Web.Features.Briefs;

/// <summary>"Downloaded N times" on a brief's page: one query, as fresh as the cached page around it (decision 0037).</summary>
public sealed class BriefUsage(UsageTotals totals) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int briefId)
    {
        var usage = await totals.ForAsync(UsageKinds.Brief, briefId, HttpContext.RequestAborted);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Downloaded {usage.Downloads:N0} {Times(usage.Downloads)} · read {usage.Views:N0} {Times(usage.Views)}");
        return new HtmlContentViewComponentResult(new HtmlString(
            $"<p class=\"small text-body-secondary\" id=\"brief-usage\">{System.Net.WebUtility.HtmlEncode(text)}</p>"));
    }

    private static string Times(int count) => count == 1 ? "time" : "times";
}
