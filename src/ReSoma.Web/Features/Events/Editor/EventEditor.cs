using Humanizer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Registrations;

using Save = ReSoma.Web.Features.Shared.ItemSave<ReSoma.Web.Features.Events.Editor.EventSnapshot>;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Events.Editor;

/// <summary>What editors do to an event: create (as a draft), edit with optimistic concurrency, switch registration on
/// or off and change its seats (through the shared allocator), publish now, schedule, and take back to draft.</summary>
public sealed class EventEditor(ReSomaDbContext db, SeatAllocator seats, SeatPoolChanges seatChanges, TimeProvider clock, IStringLocalizer<EventEditor> localizer) : IItemEditor<EventInput, EventSnapshot, EditEventPage>
{
    /// <summary>Why the chosen topics or the typed address cannot be used, by form field; empty when they can.</summary>
    public async Task<Dictionary<string, string>> CheckReferencesAsync(EventInput input, bool creating, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        var ids = input.TopicIds.Distinct().ToList();
        if (await db.Topics.CountAsync(t => ids.Contains(t.Id), cancellationToken) != ids.Count)
        {
            errors[nameof(EventInput.TopicIds)] = localizer["One of the chosen topics no longer exists: choose the topics again."];
        }

        var slug = input.Slug?.Trim();
        if (creating && !string.IsNullOrEmpty(slug) && await db.Events.AnyAsync(e => e.Slug == slug, cancellationToken))
        {
            errors[nameof(EventInput.Slug)] = localizer["The address /events/{0} is already taken by another event: choose another, or leave it empty.", slug];
        }

        return errors;
    }

    public async Task<int> CreateAsync(EventInput input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var e = new Event
        {
            Title = input.Title.Trim(),
            Slug = string.IsNullOrWhiteSpace(input.Slug) ? await UniqueSlugAsync(input.Title, cancellationToken) : input.Slug.Trim(),
            CreatedAt = now,
            Seats = input.TakesRegistrations ? new SeatPool { Capacity = input.Capacity } : null,
        };
        EventForms.Apply(e, input, await TopicsAsync(input, cancellationToken), now);
        db.Events.Add(e);
        await db.SaveChangesAsync(cancellationToken);
        return e.Id;
    }

    public async Task<EditEventPage?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        var e = await LoadEventAsync(id, tracked: false, cancellationToken);
        return e is null ? null : await PageOfAsync(e, EventForms.InputOf(e), null, cancellationToken);
    }

    /// <summary>The page for a posted form: the event as stored, with the editor's own input kept (the details form,
    /// or the schedule form's time).</summary>
    public async Task<EditEventPage?> PageWithInputAsync(int id, EventInput? input, EventSnapshot? theirs = null, ScheduleInput? schedule = null, CancellationToken cancellationToken = default)
    {
        var e = await LoadEventAsync(id, tracked: false, cancellationToken);
        return e is null ? null : await PageOfAsync(e, input ?? EventForms.InputOf(e), theirs, cancellationToken, schedule);
    }

    public async Task<ItemSave<EventSnapshot>> SaveAsync(int id, EventInput input, CancellationToken cancellationToken = default)
    {
        var e = await LoadEventAsync(id, tracked: true, cancellationToken);
        if (e is null)
        {
            return new Save.Missing();
        }

        // Compare against the version the editor loaded, not the one just read: EF then checks it in the UPDATE too.
        db.Entry(e).Property(x => x.Version).OriginalValue = input.Version;
        if (e.Version != input.Version)
        {
            return new Save.Conflict(EventForms.SnapshotOf(e), e.Version);
        }

        var (plan, refusal) = await seatChanges.CheckAsync(e.SeatPoolId, input.TakesRegistrations, input.Capacity, localizer["Registration cannot be switched off"], cancellationToken);
        if (refusal is not null)
        {
            return new Save.SeatsRefused(refusal, null);
        }

        EventForms.Apply(e, input, await TopicsAsync(input, cancellationToken), clock.GetUtcNow());
        e.Seats = await seatChanges.ApplyAsync(plan, e.Seats, cancellationToken);
        if (e.Seats is null)
        {
            e.SeatPoolId = null;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await LoadEventAsync(id, tracked: false, cancellationToken);
            return current is null ? new Save.Missing() : new Save.Conflict(EventForms.SnapshotOf(current), current.Version);
        }

        var savedVersion = e.Version;
        var changed = await seatChanges.SetCapacityAsync(plan, cancellationToken);
        return changed?.Error is { } error ? new Save.SeatsRefused(error, savedVersion) : new Save.Saved(changed?.Promoted.Count ?? 0);
    }

    /// <returns>Why not, or null when done. A published event is seen by everyone, in the list, the calendar and the feed.</returns>
    public async Task<PublicationRefusal?> ChangePublicationAsync(int id, PublicationChange change, CancellationToken cancellationToken = default)
    {
        // Topics are loaded so that the search entry, refreshed on save, keeps them.
        var e = await db.Events.Include(x => x.Topics).FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null)
        {
            return new("", localizer["This event no longer exists."]);
        }

        var now = clock.GetUtcNow();
        if (change.ApplyTo(e, e.TimeZoneId, now, "event") is { } refusal)
        {
            return refusal;
        }

        e.UpdatedAt = now;
        await EventNews.RefreshSearchOfNewsAboutAsync(db, id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (change is PublicationChange.PublishNow)
        {
            await ContentNews.EventAnnouncedAsync(db, id, now, cancellationToken);
        }

        return null;
    }

    public Task<bool> ExistsAsync(int id, CancellationToken cancellationToken = default) => db.Events.AnyAsync(e => e.Id == id, cancellationToken);

    private async Task<List<Topic>> TopicsAsync(EventInput input, CancellationToken cancellationToken) =>
        await db.Topics.Where(t => input.TopicIds.Contains(t.Id)).ToListAsync(cancellationToken);

    // The topics are a one-way many-to-many that saving does not load by itself: without them here, the form would
    // lose them and the search entry would forget them.
    private async Task<Event?> LoadEventAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Events.Include(e => e.Seats).Include(e => e.Sessions).Include(e => e.Topics).AsSplitQuery().Where(e => e.Id == id);
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
    }

    // Events have no preview for editors: the public page shows published events only.
    private async Task<EditEventPage> PageOfAsync(Event e, EventInput input, EventSnapshot? theirs, CancellationToken cancellationToken, ScheduleInput? schedule = null)
    {
        var status = PublicationStatus.Of(e.IsPublished, e.PublishAt, e.TimeZoneId);
        var publication = new PublicationPanel(
            "event", $"/editor/events/{e.Id}", e.PublicPath, null, "in the list, the calendar and the feed", status, PublicationPanel.ScheduleShown(schedule, status));
        return new(e.Id, e.Slug, e.Title, publication, e.SeatPoolId is { } pool ? await seats.SummaryAsync(pool, cancellationToken) : null, input, theirs);
    }

    private async Task<string> UniqueSlugAsync(string title, CancellationToken cancellationToken)
    {
        var root = Slugs.From(title);
        var slug = root;
        for (var n = 2; await db.Events.AnyAsync(e => e.Slug == slug, cancellationToken); n++)
        {
            slug = $"{root}-{n}";
        }

        return slug;
    }
}
