using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.News.Editor;

/// <summary>What editors do to a news item: create, edit (optimistic concurrency), publish, unpublish, delete a draft.</summary>
public sealed class NewsEditor(ReSomaDbContext db, NewsImageUploads uploads, TimeProvider clock, IStringLocalizer<NewsEditor> localizer)
{
    public const string AltMissing = "Describe the image (alt text): readers who cannot see it rely on the description.";

    /// <summary>Words that are addresses of the news section itself, so no item may take them as its slug.</summary>
    private static readonly HashSet<string> ReservedSlugs = ["feed", "images", "new"];

    public abstract record SaveResult;

    public sealed record Saved(int Id) : SaveResult;

    public sealed record Missing : SaveResult;

    public sealed record Conflict(NewsSnapshot Theirs) : SaveResult;

    /// <summary>The input is well-formed but cannot be saved as it is; the message belongs to <paramref name="Field"/>.</summary>
    public sealed record Refused(string Field, string Message) : SaveResult;

    public async Task<SaveResult> CreateAsync(NewsInput input, ImageUpload? image, CancellationToken cancellationToken = default)
    {
        if (image is not null && string.IsNullOrWhiteSpace(input.ImageAlt))
        {
            return new Refused(nameof(NewsInput.ImageAlt), localizer[AltMissing]);
        }

        var now = clock.GetUtcNow();
        var post = new NewsPost { Title = input.Title.Trim(), Slug = await UniqueSlugAsync(input.Title, cancellationToken), CreatedAt = now };
        await ApplyAsync(post, input, now, cancellationToken);
        db.NewsPosts.Add(post);
        var stored = await SetImageAsync(post, input, image, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await uploads.DeleteAsync(stored);
            throw;
        }

        return new Saved(post.Id);
    }

    public async Task<EditNewsPage?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        var post = await LoadPostAsync(id, cancellationToken);
        return post is null ? null : PageOf(post, InputOf(post));
    }

    /// <summary>The page for a posted form: the item as stored, with the editor's own input kept.</summary>
    public async Task<EditNewsPage?> PageWithInputAsync(int id, NewsInput input, NewsSnapshot? theirs = null, CancellationToken cancellationToken = default)
    {
        var post = await db.NewsPosts.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        return post is null ? null : PageOf(post, input) with { Theirs = theirs };
    }

    public async Task<SaveResult> SaveAsync(int id, NewsInput input, ImageUpload? image, CancellationToken cancellationToken = default)
    {
        var post = await LoadPostAsync(id, cancellationToken);
        if (post is null)
        {
            return new Missing();
        }

        // Compare against the version the editor loaded, not the one just read: EF then checks it in the UPDATE too.
        db.Entry(post).Property(n => n.Version).OriginalValue = input.Version;
        if (post.Version != input.Version)
        {
            return new Conflict(SnapshotOf(post));
        }

        var keepsImage = image is not null || (post.ImageStoredName is not null && !input.RemoveImage);
        if (keepsImage && string.IsNullOrWhiteSpace(input.ImageAlt))
        {
            return new Refused(nameof(NewsInput.ImageAlt), localizer[AltMissing]);
        }

        var previous = post.ImageStoredName;
        await ApplyAsync(post, input, clock.GetUtcNow(), cancellationToken);
        var stored = await SetImageAsync(post, input, image, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            await uploads.DeleteAsync(stored);
            db.ChangeTracker.Clear();
            var current = await LoadPostAsync(id, cancellationToken);
            return current is null ? new Missing() : new Conflict(SnapshotOf(current));
        }
        catch
        {
            await uploads.DeleteAsync(stored);
            throw;
        }

        if (post.ImageStoredName != previous)
        {
            await uploads.DeleteAsync(previous);
        }

        return new Saved(post.Id);
    }

    /// <returns>What stops the item from being published; empty when it was.</returns>
    public async Task<IReadOnlyList<string>> PublishAsync(int id, CancellationToken cancellationToken = default)
    {
        var post = await LoadPostAsync(id, cancellationToken);
        if (post is null)
        {
            return [localizer["This news item no longer exists."]];
        }

        var problems = post.PublishingProblems();
        if (problems.Count > 0)
        {
            return problems.Select(p => localizer[p].Value).ToList();
        }

        var now = clock.GetUtcNow();
        post.Publish(now);
        post.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    public async Task<string?> UnpublishAsync(int id, CancellationToken cancellationToken = default)
    {
        var post = await LoadPostAsync(id, cancellationToken);
        if (post is null || !post.IsPublished)
        {
            return post is null ? localizer["This news item no longer exists."] : localizer["The news item is not published."];
        }

        post.Unpublish();
        post.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <returns>Why it cannot be deleted, or null when it was.</returns>
    public async Task<string?> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        var post = await LoadPostAsync(id, cancellationToken);
        if (post is null || post.IsPublished)
        {
            return post is null ? localizer["This news item no longer exists."] : localizer["Only a draft can be deleted: unpublish the item first."];
        }

        db.NewsPosts.Remove(post);
        await db.SaveChangesAsync(cancellationToken);
        await uploads.DeleteAsync(post.ImageStoredName);
        return null;
    }

    // Topics and events are one-way many-to-many links that SaveChanges cannot load by itself, and the search text
    // includes their titles: they are always loaded with the item.
    private Task<NewsPost?> LoadPostAsync(int id, CancellationToken cancellationToken) =>
        db.NewsPosts.Include(n => n.Topics).Include(n => n.Events).Include(n => n.Search)
            .AsSplitQuery()
            .FirstOrDefaultAsync(n => n.Id == id, cancellationToken);

    private async Task ApplyAsync(NewsPost post, NewsInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        post.Title = input.Title.Trim();
        post.Date = input.Date!.Value;
        post.Teaser = input.Teaser?.Trim() ?? "";
        post.Language = input.Language;
        post.Body = input.Body ?? "";
        post.UpdatedAt = now;

        var topics = await db.Topics.Where(t => input.TopicIds.Contains(t.Id)).ToListAsync(cancellationToken);
        post.Topics.RemoveAll(t => topics.All(w => w.Id != t.Id));
        post.Topics.AddRange(topics.Where(t => post.Topics.All(p => p.Id != t.Id)));

        var events = await db.Events.Where(e => input.EventIds.Contains(e.Id)).ToListAsync(cancellationToken);
        post.Events.RemoveAll(e => events.All(w => w.Id != e.Id));
        post.Events.AddRange(events.Where(e => post.Events.All(p => p.Id != e.Id)));
    }

    /// <returns>The name of a newly stored file, to be deleted again if the save fails.</returns>
    private async Task<string?> SetImageAsync(NewsPost post, NewsInput input, ImageUpload? image, CancellationToken cancellationToken)
    {
        string? stored = null;
        if (image is not null)
        {
            stored = await uploads.StoreAsync(image, cancellationToken);
            post.ImageStoredName = stored;
            post.ImageContentType = image.ContentType;
        }
        else if (input.RemoveImage)
        {
            post.ImageStoredName = null;
            post.ImageContentType = null;
        }

        post.ImageAlt = post.ImageStoredName is null ? "" : input.ImageAlt?.Trim() ?? "";
        return stored;
    }

    private async Task<string> UniqueSlugAsync(string title, CancellationToken cancellationToken)
    {
        var root = Slugs.From(title);
        var slug = root;
        for (var n = 2; ReservedSlugs.Contains(slug) || await db.NewsPosts.AnyAsync(p => p.Slug == slug, cancellationToken); n++)
        {
            slug = $"{root}-{n}";
        }

        return slug;
    }

    public static NewsInput InputOf(NewsPost post) => new()
    {
        Title = post.Title,
        Date = post.Date,
        Teaser = post.Teaser,
        Language = post.Language,
        Body = post.Body,
        ImageAlt = post.ImageAlt,
        TopicIds = post.Topics.Select(t => t.Id).ToList(),
        EventIds = post.Events.Select(e => e.Id).ToList(),
        Version = post.Version,
    };

    private static NewsSnapshot SnapshotOf(NewsPost post) => new(
        post.Title, post.Date, post.Teaser, post.Body, post.ImageAlt,
        string.Join("; ", post.Topics.Select(t => t.Title).Order(StringComparer.Ordinal)),
        string.Join("; ", post.Events.Select(e => e.Title).Order(StringComparer.Ordinal)),
        post.UpdatedAt, post.Version);

    private static EditNewsPage PageOf(NewsPost post, NewsInput input) => new(
        post.Id, post.Slug, post.IsPublished, post.PublishedAt, NewsImage.Of(post.Id, post.ImageStoredName, post.ImageAlt, post.Version), input);
}
