using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Oai;

/// <summary>Briefs written straight to the database, with the datestamps the harvesting tests talk about.</summary>
public static class OaiData
{
    public static DateTimeOffset At(int year, int month, int day, int hour = 12, int minute = 0, int second = 0, int millisecond = 0) =>
        new(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);

    /// <summary>One topic per area, in the order migration, asylum, integration.</summary>
    public static async Task<Topic[]> TopicsAsync(this PortalFactory factory)
    {
        var cycle = await factory.AddCycleAsync(2019, true, CyclePhase.Publication,
            ("Labour migration", Area.Migration), ("Asylum reception", Area.Asylum), ("Integration of refugees", Area.Integration));
        return [.. cycle.Topics];
    }

    public static Brief Brief(
        Topic topic, string slug, DateTimeOffset updatedAt, BriefStatus status = BriefStatus.Published,
        BriefSeries series = BriefSeries.DiscussionBrief, params string[] authors) => new()
    {
        TopicId = topic.Id,
        Series = series,
        Title = "Brief " + slug,
        Slug = slug,
        Summary = "What " + slug + " is about.",
        Body = "The body of " + slug + ".",
        Keywords = "reception; detention",
        Status = status,
        PublishedOn = status == BriefStatus.Draft ? null : DateOnly.FromDateTime(updatedAt.UtcDateTime),
        WithdrawnReason = status == BriefStatus.Withdrawn ? "Superseded." : null,
        WithdrawnAt = status == BriefStatus.Withdrawn ? updatedAt : null,
        CreatedAt = updatedAt,
        UpdatedAt = updatedAt,
        Authors = authors.Select((name, i) => new BriefAuthor { Name = name, Position = i + 1 }).ToList(),
    };

    public static Task AddAsync(this PortalFactory factory, params Brief[] briefs) =>
        factory.WithDbAsync(async db =>
        {
            db.Briefs.AddRange(briefs);
            await db.SaveChangesAsync();
        });
}
