namespace ReSoma.Web.Domain;

/// <summary>
/// Content an editor publishes now, or schedules for a time the publishing schedule then publishes it at
/// (consultations and events; interviews have a workflow of their own). <see cref="PublishAt"/> is set only while the
/// item is scheduled, so the three states need no third column.
/// </summary>
public interface ISchedulable : IPublicContent, IVersioned
{
    int Id { get; }

    DateTimeOffset UpdatedAt { get; set; }

    bool IsPublished { get; set; }

    /// <summary>When a scheduled item goes public (UTC); null for a draft and for a published item.</summary>
    DateTimeOffset? PublishAt { get; set; }
}

/// <summary>The publication rules consultations and events share; each returns why not, or null when done.</summary>
public static class Scheduling
{
    public static PublicationState StateOf(bool isPublished, DateTimeOffset? publishAt) =>
        isPublished ? PublicationState.Published : publishAt is null ? PublicationState.Draft : PublicationState.Scheduled;

    public static PublicationState State(this ISchedulable item) => StateOf(item.IsPublished, item.PublishAt);

    public static string? PublishNow(this ISchedulable item, string noun)
    {
        if (item.IsPublished)
        {
            return $"The {noun} is already published.";
        }

        item.IsPublished = true;
        item.PublishAt = null;
        return null;
    }

    /// <summary>Schedules a draft, or moves a scheduled item to another time. A time that has passed is refused: the
    /// editor meant something else, and "publish now" says it plainly.</summary>
    public static string? Schedule(this ISchedulable item, DateTimeOffset publishAt, DateTimeOffset now, string noun)
    {
        if (item.IsPublished)
        {
            return $"The {noun} is already published: unpublish it first to schedule it for another time.";
        }

        if (publishAt <= now)
        {
            return "That time has already passed: choose a time in the future, or publish now.";
        }

        item.PublishAt = publishAt.ToUniversalTime();
        return null;
    }

    /// <summary>Back to draft, from published or from scheduled (the schedule is dropped).</summary>
    public static string? ReturnToDraft(this ISchedulable item, string noun)
    {
        if (item.State() == PublicationState.Draft)
        {
            return $"The {noun} is a draft already.";
        }

        item.IsPublished = false;
        item.PublishAt = null;
        return null;
    }
}
