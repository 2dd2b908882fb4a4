using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Registrations;

using Save = ReSoma.Web.Features.Shared.ItemSave<ReSoma.Web.Features.Consultations.Editor.ConsultationSnapshot>;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Consultations.Editor;

/// <summary>What editors do to a consultation's details: create (as a draft), edit (optimistic concurrency), change its
/// seats, publish, schedule and unpublish. A format with seats has a seat pool, one without has none; switching is
/// refused while people hold a place.</summary>
public sealed class ConsultationEditor(ReSomaDbContext db, SeatAllocator seats, SeatPoolChanges seatChanges, TimeProvider clock, IStringLocalizer<ConsultationEditor> localizer) : IItemEditor<ConsultationInput, ConsultationSnapshot, EditConsultationPage>
{
    /// <summary>Words that are pages of the back office itself (<c>/editor/consultations/new</c>), so no slug may be one.</summary>
    private static readonly HashSet<string> ReservedSlugs = ["new"];

    /// <summary>Why the consultation (null: a new one) cannot be about <paramref name="topicId"/>, or null when it can.</summary>
    public async Task<string?> TopicRefusalAsync(int topicId, int? consultationId, CancellationToken cancellationToken = default)
    {
        var topic = await db.Topics.AsNoTracking().Where(t => t.Id == topicId)
            .Select(t => new { t.Title, t.Cycle!.Year, t.Cycle.IsCurrent }).FirstOrDefaultAsync(cancellationToken);
        if (topic is null)
        {
            return localizer["Choose the topic the consultation is about."];
        }

        var keeps = consultationId is { } id && await db.Consultations.AnyAsync(c => c.Id == id && c.TopicId == topicId, cancellationToken);
        return Consultation.RefusalOfTopic(topic.Title, topic.Year, topic.IsCurrent, keeps);
    }

    public async Task<int> CreateAsync(ConsultationInput input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var consultation = new Consultation
        {
            Title = input.Title.Trim(),
            Slug = await UniqueSlugAsync(input.Title, cancellationToken),
            CreatedAt = now,
            Seats = input.Format!.Value.TakesSeats() ? new SeatPool { Capacity = input.Capacity } : null,
        };
        ConsultationForms.Apply(consultation, input, now);
        db.Consultations.Add(consultation);
        await db.SaveChangesAsync(cancellationToken);
        return consultation.Id;
    }

    public async Task<EditConsultationPage?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        var consultation = await LoadConsultationAsync(id, tracked: false, cancellationToken);
        return consultation is null ? null : await PageOfAsync(consultation, ConsultationForms.InputOf(consultation), null, cancellationToken);
    }

    /// <summary>The page for a posted form: the consultation as stored, with the editor's own input kept (the details
    /// form, or the schedule form's time).</summary>
    public async Task<EditConsultationPage?> PageWithInputAsync(int id, ConsultationInput? input, ConsultationSnapshot? theirs = null, ScheduleInput? schedule = null, CancellationToken cancellationToken = default)
    {
        var consultation = await LoadConsultationAsync(id, tracked: false, cancellationToken);
        return consultation is null ? null : await PageOfAsync(consultation, input ?? ConsultationForms.InputOf(consultation), theirs, cancellationToken, schedule);
    }

    /// <returns>Why not, or null when done. The search entry follows on save (it is public only while the consultation is).</returns>
    public async Task<PublicationRefusal?> ChangePublicationAsync(int id, PublicationChange change, CancellationToken cancellationToken = default)
    {
        var consultation = await db.Consultations.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (consultation is null)
        {
            return new("", localizer["This consultation no longer exists."]);
        }

        var now = clock.GetUtcNow();
        if (change.ApplyTo(consultation, consultation.TimeZoneId, now, "consultation") is { } refusal)
        {
            return refusal;
        }

        consultation.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        if (change is PublicationChange.PublishNow)
        {
            await ContentNews.ConsultationOpenedAsync(db, id, now, cancellationToken);
        }

        return null;
    }

    public Task<bool> ExistsAsync(int id, CancellationToken cancellationToken = default) => db.Consultations.AnyAsync(c => c.Id == id, cancellationToken);

    public async Task<ItemSave<ConsultationSnapshot>> SaveAsync(int id, ConsultationInput input, CancellationToken cancellationToken = default)
    {
        var consultation = await LoadConsultationAsync(id, tracked: true, cancellationToken);
        if (consultation is null)
        {
            return new Save.Missing();
        }

        // Compare against the version the editor loaded, not the one just read: EF then checks it in the UPDATE too.
        db.Entry(consultation).Property(c => c.Version).OriginalValue = input.Version;
        if (consultation.Version != input.Version)
        {
            return new Save.Conflict(ConsultationForms.SnapshotOf(consultation), consultation.Version);
        }

        var (plan, refusal) = await seatChanges.CheckAsync(consultation.SeatPoolId, input.Format!.Value.TakesSeats(), input.Capacity,
            localizer["{0} has no seats, so the format cannot change", localizer[input.Format.Value.DisplayName()].Value], cancellationToken);
        if (refusal is not null)
        {
            return new Save.SeatsRefused(refusal, null);
        }

        ConsultationForms.Apply(consultation, input, clock.GetUtcNow());
        consultation.Seats = await seatChanges.ApplyAsync(plan, consultation.Seats, cancellationToken);
        if (consultation.Seats is null)
        {
            consultation.SeatPoolId = null;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await LoadConsultationAsync(id, tracked: false, cancellationToken);
            return current is null ? new Save.Missing() : new Save.Conflict(ConsultationForms.SnapshotOf(current), current.Version);
        }

        var savedVersion = consultation.Version;
        var changed = await seatChanges.SetCapacityAsync(plan, cancellationToken);
        return changed?.Error is { } error ? new Save.SeatsRefused(error, savedVersion) : new Save.Saved(changed?.Promoted.Count ?? 0);
    }

    private async Task<Consultation?> LoadConsultationAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Consultations.Include(c => c.Seats).Include(c => c.Topic).Where(c => c.Id == id);
        return await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<EditConsultationPage> PageOfAsync(Consultation consultation, ConsultationInput input, ConsultationSnapshot? theirs, CancellationToken cancellationToken, ScheduleInput? schedule = null)
    {
        var status = PublicationStatus.Of(consultation.IsPublished, consultation.PublishAt, consultation.TimeZoneId);
        var publication = new PublicationPanel(
            "consultation", $"/editor/consultations/{consultation.Id}", consultation.PublicPath, consultation.PublicPath,
            "in the list, search, the calendars and its topic's page", status, PublicationPanel.ScheduleShown(schedule, status));
        return new(consultation.Id, consultation.Slug, consultation.Title, consultation.IsCancelled, consultation.CancellationReason,
            consultation.SeatPoolId is { } pool ? await seats.SummaryAsync(pool, cancellationToken) : null, publication, input, theirs);
    }

    private async Task<string> UniqueSlugAsync(string title, CancellationToken cancellationToken)
    {
        var root = Slugs.From(title);
        var slug = root;
        for (var n = 2; ReservedSlugs.Contains(slug) || await db.Consultations.AnyAsync(c => c.Slug == slug, cancellationToken); n++)
        {
            slug = $"{root}-{n}";
        }

        return slug;
    }
}
