using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Infrastructure;

/// <summary>A news item as a test wants it; anything not said gets a sensible default.</summary>
public sealed record NewNews(string Title)
{
    public DateOnly Date { get; init; } = new(2019, 6, 3);
    public bool Published { get; init; } = true;
    public string Teaser { get; init; } = "A short teaser about the news.";
    public string Body { get; init; } = "Some news about **EU policy**.";
    public IReadOnlyList<string> TopicSlugs { get; init; } = [];
    public IReadOnlyList<string> EventSlugs { get; init; } = [];

    /// <summary>The bytes of a stored image (written to the news image folder), or none.</summary>
    public byte[]? Image { get; init; }

    public string ImageContentType { get; init; } = "image/png";
    public string ImageAlt { get; init; } = "Participants in a conference room";
}

public static class NewsBuilder
{
    /// <summary>A real 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>Starts like a JPEG (SOI marker, JFIF segment): all the signature check reads.</summary>
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0xFF, 0xD9];

    /// <summary>A RIFF container of type WEBP.</summary>
    public static readonly byte[] WebP = [.. "RIFF"u8, 0x1A, 0x00, 0x00, 0x00, .. "WEBPVP8L"u8, 0x0D, 0x00, 0x00, 0x00, 0x2F, 0x00, 0x00, 0x00, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xFE, 0x07, 0x00];

    public static string ImageFolder(this PortalFactory factory) => Path.Combine(factory.DataPath, "news-images");

    public static async Task<NewsPost> AddNewsAsync(this PortalFactory factory, NewNews spec)
    {
        NewsPost? post = null;
        string? storedName = null;
        if (spec.Image is { } bytes)
        {
            storedName = Guid.NewGuid().ToString("N") + ".img";
            Directory.CreateDirectory(factory.ImageFolder());
            await File.WriteAllBytesAsync(Path.Combine(factory.ImageFolder(), storedName), bytes);
        }

        await factory.WithDbAsync(async db =>
        {
            var at = new DateTimeOffset(spec.Date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
            post = new NewsPost
            {
                Title = spec.Title,
                Slug = Slugs.From(spec.Title),
                Date = spec.Date,
                Teaser = spec.Teaser,
                Body = spec.Body,
                ImageStoredName = storedName,
                ImageContentType = storedName is null ? null : spec.ImageContentType,
                ImageAlt = storedName is null ? "" : spec.ImageAlt,
                CreatedAt = at,
                UpdatedAt = at,
                Topics = await db.Topics.Where(t => spec.TopicSlugs.Contains(t.Slug)).ToListAsync(),
                Events = await db.Events.Where(e => spec.EventSlugs.Contains(e.Slug)).ToListAsync(),
            };
            if (spec.Published)
            {
                post.Publish(at);
            }

            db.NewsPosts.Add(post);
            await db.SaveChangesAsync();
        });
        return post!;
    }

    public static async Task<Event> AddEventAsync(this PortalFactory factory, string title, string slug, bool published = true, string? city = "Lisbon")
    {
        var starts = new DateTimeOffset(2020, 2, 5, 9, 0, 0, TimeSpan.Zero);
        var ev = new Event
        {
            Kind = EventKind.Conference,
            Title = title,
            Slug = slug,
            Summary = "Two days on research and policy.",
            StartsAt = starts,
            EndsAt = starts.AddDays(1).AddHours(8),
            TimeZoneId = "Europe/Lisbon",
            City = city,
            IsPublished = published,
            CreatedAt = starts.AddMonths(-3),
            UpdatedAt = starts.AddMonths(-3),
        };
        await factory.WithDbAsync(async db =>
        {
            db.Events.Add(ev);
            await db.SaveChangesAsync();
        });
        return ev;
    }
}
