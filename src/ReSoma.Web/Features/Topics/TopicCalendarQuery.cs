using ReSoma.Web.Data;
using ReSoma.Web.Infrastructure.Calendar;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Topics;

/// <summary>A topic's calendar feed: what its page lists that people can attend. A later cycle's address leads to the
/// first entry's feed, as it leads to its page.</summary>
public sealed class TopicCalendarQuery(ReSomaDbContext db, CalendarExport calendars)
{
    public abstract record Result;

    public sealed record Found(string Ics) : Result;

    public sealed record MovedTo(string Slug) : Result;

    public sealed record Missing : Result;

    public async Task<Result> RunAsync(string slug, string siteRoot, CancellationToken cancellationToken = default) =>
        await TopicAddress.FindAsync(db, slug, cancellationToken) switch
        {
            null => new Missing(),
            { MovedTo: { } first } => new MovedTo(first),
            var topic => new Found(await calendars.TopicAsync(topic.Id, topic.Title, siteRoot, cancellationToken)),
        };
}
