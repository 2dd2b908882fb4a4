using Microsoft.AspNetCore.Mvc;

namespace ReSoma.Web.Features.Briefs.Versions;

/// <summary>On a corrected brief's page: "version 2, corrected on …", what changed, and the earlier versions.</summary>
public sealed class BriefVersionNoteViewComponent(BriefVersionsQuery versions) : ViewComponent
{
    /// <param name="language">The brief's language, which its change notes are written in.</param>
    public async Task<IViewComponentResult> InvokeAsync(int briefId, string slug, string language) =>
        View("~/Features/Briefs/Versions/_VersionNote.cshtml", (slug, await versions.HistoryAsync(briefId, HttpContext.RequestAborted), language));
}
