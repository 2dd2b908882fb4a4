using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Evidence;
using ReSoma.Web.Features.Briefs.Versions;
using ReSoma.Web.Features.Shared;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Briefs.Editor;

/// <summary>What editors do to a brief: create, edit (optimistic concurrency), publish, unpublish, withdraw.</summary>
public sealed class BriefEditor(ReSomaDbContext db, OrganisationLookup organisations, CitationMails citations, BriefVersionRecorder versions, BriefVersionsQuery history, TimeProvider clock, IStringLocalizer<BriefEditor> localizer)
{
    /// <summary>Words that are pages of the library itself, so no brief may take them as its slug.</summary>
    private static readonly HashSet<string> ReservedSlugs = ["feed", "new"];

    public abstract record SaveResult;

    public sealed record Saved : SaveResult;

    public sealed record Missing : SaveResult;

    public sealed record Conflict(BriefSnapshot Theirs) : SaveResult;

    /// <summary>The text of a published brief changed, which makes a new version, and readers need to be told what changed.</summary>
    public sealed record ChangeNoteNeeded : SaveResult;

    /// <summary>Whether another brief already has this DOI: a DOI names one object, so two briefs cannot share it.
    /// DOIs are case-insensitive (10.5555/ABC is 10.5555/abc), so the comparison is too.</summary>
    public Task<bool> DoiTakenAsync(string? doi, int? exceptId, CancellationToken cancellationToken = default)
    {
        if (doi is null)
        {
            return Task.FromResult(false);
        }

        var lower = doi.ToLowerInvariant();
        return db.Briefs.AnyAsync(b => b.Doi != null && b.Doi.ToLower() == lower && b.Id != exceptId, cancellationToken);
    }

    public Task<bool> TopicExistsAsync(int topicId, CancellationToken cancellationToken = default) =>
        db.Topics.AnyAsync(t => t.Id == topicId, cancellationToken);

    public async Task<int> CreateAsync(BriefInput input, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var brief = new Brief { Title = input.Title.Trim(), Slug = await UniqueSlugAsync(input.Title, cancellationToken), CreatedAt = now };
        await ApplyAsync(brief, input, now, cancellationToken);
        db.Briefs.Add(brief);
        await db.SaveChangesAsync(cancellationToken);
        return brief.Id;
    }

    public async Task<EditBriefPage?> LoadAsync(int id, CancellationToken cancellationToken = default)
    {
        var brief = await LoadBriefAsync(id, cancellationToken);
        return brief is null ? null : PageOf(brief, InputOf(brief)) with { Versions = await history.HistoryAsync(id, cancellationToken) };
    }

    /// <summary>The form holding an earlier version's text, to be saved as the next version (or edited first).</summary>
    public async Task<EditBriefPage?> LoadFromVersionAsync(int id, int number, CancellationToken cancellationToken = default)
    {
        var page = await LoadAsync(id, cancellationToken);
        var version = page is null ? null : await db.BriefVersions.AsNoTracking().FirstOrDefaultAsync(v => v.BriefId == id && v.Number == number, cancellationToken);
        if (page is null || version is null)
        {
            return null;
        }

        page.Input.Title = version.Title;
        page.Input.Summary = version.Summary;
        page.Input.Body = version.Body;
        page.Input.Keywords = version.Keywords;
        page.Input.Authors = version.Authors;
        page.Input.Licence = version.Licence;
        page.Input.Doi = version.Doi;
        // The change note is content readers see beside the version, in the brief's language: it is not translated.
        page.Input.ChangeNote = $"Restored the text of version {number}.";
        return page with { Notice = localizer["The form holds the text of version {0}. Nothing has changed yet: check it, say what changed, and save to make it the next version.", number] };
    }

    /// <summary>The page for a posted form: the brief as stored, with the editor's own input kept.</summary>
    public async Task<EditBriefPage?> PageWithInputAsync(int id, BriefInput input, BriefSnapshot? theirs = null, CancellationToken cancellationToken = default)
    {
        var brief = await db.Briefs.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        return brief is null ? null : PageOf(brief, input) with { Theirs = theirs, Versions = await history.HistoryAsync(id, cancellationToken) };
    }

    public async Task<SaveResult> SaveAsync(int id, BriefInput input, string editorName = "", CancellationToken cancellationToken = default)
    {
        var brief = await LoadBriefAsync(id, cancellationToken);
        if (brief is null)
        {
            return new Missing();
        }

        // Compare against the version the editor loaded, not the one just read: EF then checks it in the UPDATE too.
        db.Entry(brief).Property(b => b.Version).OriginalValue = input.Version;
        if (brief.Version != input.Version)
        {
            return new Conflict(SnapshotOf(brief));
        }

        var before = BriefVersionRecorder.Capture(brief, AuthorText(brief));
        await ApplyAsync(brief, input, clock.GetUtcNow(), cancellationToken);
        var after = BriefVersionRecorder.Capture(brief, AuthorText(brief));
        if (brief.Status == BriefStatus.Published && !BriefVersionRecorder.SameText(before, after))
        {
            if (string.IsNullOrWhiteSpace(input.ChangeNote))
            {
                db.ChangeTracker.Clear();
                return new ChangeNoteNeeded();
            }

            await versions.RecordCorrectionAsync(brief, before, after, input.ChangeNote, editorName, cancellationToken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await LoadBriefAsync(id, cancellationToken);
            return current is null ? new Missing() : new Conflict(SnapshotOf(current));
        }
    }

    /// <returns>Why it cannot be published, or null when it was.</returns>
    public async Task<string?> PublishAsync(int id, string editorName = "", CancellationToken cancellationToken = default)
    {
        var brief = await LoadBriefAsync(id, cancellationToken);
        if (brief is null)
        {
            return localizer["This brief no longer exists."];
        }

        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(brief.Summary))
        {
            missing.Add(localizer["a summary"]);
        }

        if (string.IsNullOrWhiteSpace(brief.Body))
        {
            missing.Add(localizer["a text"]);
        }

        if (brief.Authors.Count == 0)
        {
            missing.Add(localizer["at least one author"]);
        }

        if (missing.Count > 0)
        {
            return localizer["A brief needs {0} before it can be published.", string.Join(", ", missing)];
        }

        var now = clock.GetUtcNow();
        brief.Status = BriefStatus.Published;
        brief.PublishedOn ??= DateOnly.FromDateTime(now.UtcDateTime);
        brief.WithdrawnReason = null;
        brief.WithdrawnAt = null;
        brief.UpdatedAt = now;
        await versions.RecordPublicationAsync(brief, BriefVersionRecorder.Capture(brief, AuthorText(brief)), editorName, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        await ContentNews.BriefPublishedAsync(db, id, now, cancellationToken);

        // The contributions it cites are now cited in public: their authors hear of it (once each, ever).
        await citations.TellCitedAuthorsAsync(id, cancellationToken);
        return null;
    }

    public async Task<string?> UnpublishAsync(int id, CancellationToken cancellationToken = default)
    {
        var brief = await LoadBriefAsync(id, cancellationToken);
        if (brief is null || brief.Status == BriefStatus.Draft)
        {
            return brief is null ? localizer["This brief no longer exists."] : localizer["The brief is already a draft."];
        }

        brief.Status = BriefStatus.Draft;
        brief.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<string?> WithdrawAsync(int id, string reason, CancellationToken cancellationToken = default)
    {
        var brief = await LoadBriefAsync(id, cancellationToken);
        if (brief is null || brief.Status != BriefStatus.Published)
        {
            return brief is null ? localizer["This brief no longer exists."] : localizer["Only a published brief can be withdrawn."];
        }

        var now = clock.GetUtcNow();
        brief.Status = BriefStatus.Withdrawn;
        brief.WithdrawnReason = reason.Trim();
        brief.WithdrawnAt = now;
        brief.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    // Authors are always loaded with the brief: its search text includes them.
    private Task<Brief?> LoadBriefAsync(int id, CancellationToken cancellationToken) =>
        db.Briefs.Include(b => b.Authors.OrderBy(a => a.Position)).ThenInclude(a => a.Organisation)
            .Include(b => b.Search)
            .Include(b => b.Consultations)
            .FirstOrDefaultAsync(b => b.Id == id, cancellationToken);

    private async Task ApplyAsync(Brief brief, BriefInput input, DateTimeOffset now, CancellationToken cancellationToken)
    {
        brief.Title = input.Title.Trim();
        brief.TopicId = input.TopicId;
        brief.Series = input.Series!.Value;
        brief.Summary = input.Summary?.Trim() ?? "";
        brief.Body = input.Body ?? "";
        brief.Keywords = string.Join("; ", (input.Keywords ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        brief.Language = input.Language;
        brief.PublishedOn = input.PublishedOn;
        brief.Licence = input.Licence;
        brief.Doi = input.BareDoi();
        brief.UpdatedAt = now;

        var wanted = await db.Consultations.Where(c => input.ConsultationIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken);
        brief.Consultations.RemoveAll(l => !wanted.Contains(l.ConsultationId));
        brief.Consultations.AddRange(wanted.Where(id => brief.Consultations.All(l => l.ConsultationId != id)).Select(id => new BriefConsultation { ConsultationId = id }));

        var lines = input.AuthorLines();
        db.BriefAuthors.RemoveRange(brief.Authors);
        brief.Authors.Clear();
        for (var i = 0; i < lines.Count; i++)
        {
            var (name, organisation, _) = lines[i];
            brief.Authors.Add(new BriefAuthor
            {
                Name = name,
                Orcid = lines[i].Orcid,
                Position = i + 1,
                Organisation = organisation is null ? null : await organisations.FindOrAddAsync(organisation, null, cancellationToken),
            });
        }
    }

    private async Task<string> UniqueSlugAsync(string title, CancellationToken cancellationToken)
    {
        var root = Slugs.From(title);
        var slug = root;
        for (var n = 2; ReservedSlugs.Contains(slug) || await db.Briefs.AnyAsync(b => b.Slug == slug, cancellationToken); n++)
        {
            slug = $"{root}-{n}";
        }

        return slug;
    }

    public static BriefInput InputOf(Brief brief) => new()
    {
        Title = brief.Title,
        TopicId = brief.TopicId,
        Series = brief.Series,
        Summary = brief.Summary,
        Body = brief.Body,
        Keywords = brief.Keywords,
        Language = brief.Language,
        PublishedOn = brief.PublishedOn,
        Licence = brief.Licence,
        Doi = brief.Doi,
        Authors = AuthorText(brief),
        ConsultationIds = brief.Consultations.Select(l => l.ConsultationId).ToList(),
        Version = brief.Version,
    };

    private static string AuthorText(Brief brief) =>
        string.Join('\n', brief.Authors.OrderBy(a => a.Position).Select(AuthorLineOf));

    // "Name", "Name; Organisation", "Name; Organisation; ORCID iD" or "Name; ; ORCID iD": what the form reads back.
    private static string AuthorLineOf(BriefAuthor author) => (author.Organisation?.Name, author.Orcid) switch
    {
        (null, null) => author.Name,
        ({ } organisation, null) => $"{author.Name}; {organisation}",
        (var organisation, { } orcid) => $"{author.Name}; {organisation}; {orcid}",
    };

    private static BriefSnapshot SnapshotOf(Brief brief) =>
        new(brief.Title, brief.Summary, brief.Body, brief.Keywords, AuthorText(brief), brief.UpdatedAt, brief.Version);

    private static EditBriefPage PageOf(Brief brief, BriefInput input) => new(
        brief.Id, brief.Slug, brief.Status, brief.WithdrawnReason,
        brief.PdfStoredName is null ? null : new PdfInfo(brief.PdfOriginalName ?? "brief.pdf", brief.PdfSize ?? 0, brief.PdfUploadedAt ?? brief.UpdatedAt),
        input);
}
