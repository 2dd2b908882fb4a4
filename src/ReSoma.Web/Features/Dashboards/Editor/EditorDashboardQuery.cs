namespace ReSoma.Web.Features.Dashboards.Editor;

/// <summary>What needs an editor now: each section is its own query, run one after the other on the request's context.</summary>
public sealed class EditorDashboardQuery(
    ModerationQueueQuery moderation, NextInterviewQuery interview, ClosingSoonQuery closing, DraftsQuery drafts, RecentPublishingQuery publishing, TimeProvider clock)
{
    public async Task<EditorDashboardPage> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var waiting = await moderation.RunAsync(cancellationToken);
        var next = await interview.RunAsync(now, cancellationToken);
        var closingSoon = await closing.RunAsync(now, cancellationToken);
        var draftList = await drafts.RunAsync(cancellationToken);
        var recent = await publishing.RunAsync(cancellationToken);
        return new EditorDashboardPage(now, waiting, next, closingSoon, draftList.Oldest, draftList.Count, recent);
    }
}
