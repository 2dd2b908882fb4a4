using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.News.Editor;

public sealed record EventChoice(int Id, string Label, bool IsPublished);

/// <summary>The events a news item can be related to, for the news form (injected into the view): newest first.</summary>
public sealed class EventChoices(ReSomaDbContext db)
{
    public async Task<IReadOnlyList<EventChoice>> AllAsync() =>
        (await db.Events.AsNoTracking().OrderByDescending(e => e.StartsAt).Take(300)
            .Select(e => new { e.Id, e.Title, e.StartsAt, e.City, e.IsPublished }).ToListAsync())
        .Select(e => new EventChoice(
            e.Id,
            $"{e.Title} ({e.StartsAt.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}{(e.City is null ? "" : ", " + e.City)})",
            e.IsPublished))
        .ToList();
}
