using ReSoma.Web.Features.Shared;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Interviews.Photos;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>A message for one field of the form, or for the whole form when <paramref name="Field"/> is empty.</summary>
public sealed record FormError(string Field, string Message);

/// <summary>
/// What editors do to an interview's content: create it, and edit it with optimistic concurrency. Each save writes
/// its revision in the same transaction. The workflow (review, schedule, publish...) is <see cref="InterviewWorkflow"/>.
/// </summary>
public sealed class InterviewEditor(
    ReSomaDbContext db,
    InterviewLoader interviews,
    InterviewDrafts drafts,
    InterviewRevisionWriter revisions,
    InterviewPhotos photos,
    TimeProvider clock,
    IStringLocalizer<InterviewEditor> localizer)
{
    public abstract record SaveResult;

    public sealed record Saved(int Id) : SaveResult;

    public sealed record Missing : SaveResult;

    /// <summary>The input breaks a rule only the stored interview can tell (422); nothing was changed.</summary>
    public sealed record Refused(IReadOnlyList<FormError> Errors) : SaveResult;

    /// <summary>Someone else saved first, or readers began answering the questionnaire (409); nothing was changed.</summary>
    public sealed record Conflict(string Message, InterviewConflict? Theirs) : SaveResult;



    public async Task<SaveResult> CreateAsync(InterviewInput input, EditorAccount editor, CancellationToken cancellationToken = default)
    {
        var photo = await StorePhotoAsync(input, cancellationToken);
        if (photo is { Error: { } error })
        {
            return new Refused([new FormError(nameof(InterviewInput.Photo), error)]);
        }

        var now = clock.GetUtcNow();
        var interview = new Interview
        {
            Title = input.Title.Trim(),
            Slug = await UniqueSlugAsync(input.Title, cancellationToken),
            CreatedAt = now,
            UpdatedAt = now,
            TimeZoneId = InterviewTimes.DefaultZone,
        };
        InterviewForms.ApplyText(interview, input);
        await drafts.ApplyLinksAsync(interview, input, cancellationToken);
        interview.Questions.AddRange(InterviewForms.QuestionsOf(input.Questions));
        SetPhoto(interview, photo?.Photo);
        db.Interviews.Add(interview);
        await revisions.AddAsync(interview, editor, "Created", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await photos.DeleteAsync(photo?.Photo?.StoredName);
            throw;
        }

        return new Saved(interview.Id);
    }

    public async Task<SaveResult> SaveAsync(int id, InterviewInput input, EditorAccount editor, CancellationToken cancellationToken = default)
    {
        var interview = await interviews.TrackedAsync(id, cancellationToken);
        if (interview is null)
        {
            return new Missing();
        }

        // Compare against the version the editor loaded, not the one just read: EF then checks it in the UPDATE too.
        db.Entry(interview).Property(i => i.Version).OriginalValue = input.Version;
        if (interview.Version != input.Version)
        {
            return new Conflict(localizer["Another editor saved this interview while you were editing. Their version is shown beside yours, with the lines where the two differ, and your changes are still in the form: merge what you need and save again to keep yours."], await drafts.ConflictAsync(interview, input, cancellationToken));
        }

        var locked = await interviews.ResponsesAsync(id, cancellationToken) > 0;
        var typed = InterviewForms.QuestionsOf(input.Questions);
        if (locked && input.Questions.Count > 0 && !InterviewForms.SameQuestions(interview.Questions, typed))
        {
            return new Conflict(localizer["Readers started answering the questionnaire while you were editing, so its questions can no longer change and were kept as they are. Your other changes are still in the form: save again to keep them."], null);
        }

        if (StoredRules(interview, input) is { Count: > 0 } errors)
        {
            return new Refused(errors);
        }

        var photo = await StorePhotoAsync(input, cancellationToken);
        if (photo is { Error: { } error })
        {
            return new Refused([new FormError(nameof(InterviewInput.Photo), error)]);
        }

        var oldPhoto = interview.ExpertPhotoStoredName;
        var photoChanged = photo is not null || (input.RemovePhoto && oldPhoto is not null);
        InterviewForms.ApplyText(interview, input);
        await drafts.ApplyLinksAsync(interview, input, cancellationToken);
        if (!locked && !InterviewForms.SameQuestions(interview.Questions, typed))
        {
            db.InterviewQuestions.RemoveRange(interview.Questions);
            interview.Questions.Clear();
            interview.Questions.AddRange(typed);
        }

        if (photoChanged)
        {
            SetPhoto(interview, photo?.Photo);
        }

        // What is public, or about to be, must stay publishable: an edit cannot take the expert or the text away.
        if (interview.Status is InterviewStatus.Scheduled or InterviewStatus.Published && interview.PublishingProblems() is { Count: > 0 } problems)
        {
            await DiscardAsync(photo);
            db.ChangeTracker.Clear();
            var state = LocalizedText.InSentence(localizer[interview.Status == InterviewStatus.Published ? "Published" : "Scheduled"]);
            return new Refused(problems.Select(p => new FormError("", localizer["This interview is {0}, so it must stay complete: {1}", state, localizer[p.Text, p.Arguments].Value])).ToList());
        }

        // Saving what is already saved writes no revision and changes no version.
        var snapshot = InterviewSnapshot.Of(interview);
        if (!photoChanged && snapshot == await revisions.LatestSnapshotAsync(id, cancellationToken))
        {
            db.ChangeTracker.Clear();
            return new Saved(id);
        }

        interview.UpdatedAt = clock.GetUtcNow();
        await revisions.AddAsync(interview, editor, photoChanged && oldPhoto is null ? "Edited (photo added)" : photoChanged ? "Edited (photo changed)" : "Edited", cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            await DiscardAsync(photo);
            db.ChangeTracker.Clear();
            if (e is DbUpdateConcurrencyException || await interviews.VersionOfAsync(id, cancellationToken) != input.Version)
            {
                var current = await interviews.ReadOnlyAsync(id, cancellationToken);
                return current is null ? new Missing() : new Conflict(localizer["Another editor saved this interview while you were editing. Their version is shown beside yours, with the lines where the two differ, and your changes are still in the form: merge what you need and save again to keep yours."], await drafts.ConflictAsync(current, input, cancellationToken));
            }

            // An answer arrived between the check and the save, and still points at a replaced question.
            if (!locked && await interviews.ResponsesAsync(id, cancellationToken) > 0)
            {
                return new Conflict(localizer["Readers started answering the questionnaire while you were editing, so its questions can no longer change and were kept as they are. Your other changes are still in the form: save again to keep them."], null);
            }

            throw;
        }

        if (photoChanged)
        {
            await photos.DeleteAsync(oldPhoto);
        }

        return new Saved(id);
    }

    /// <summary>Rules of the form that need the stored interview.</summary>
    private List<FormError> StoredRules(Interview interview, InterviewInput input)
    {
        var errors = new List<FormError>();
        if (interview.ClaimedMonth is not null && input.InterviewMonth != interview.InterviewMonth)
        {
            var state = LocalizedText.InSentence(localizer[interview.Status == InterviewStatus.Published ? "Published" : "Scheduled"]);
            errors.Add(new FormError(nameof(InterviewInput.Month), localizer["This interview is {0} for {1}: take it back to draft before moving it to another month.", state, interview.InterviewMonth.FirstDay.ToString("MMMM yyyy", CultureInfo.CurrentCulture)]));
        }

        var keepsPhoto = interview.ExpertPhotoStoredName is not null && !input.RemovePhoto;
        if (keepsPhoto && input.Photo is not { Length: > 0 } && string.IsNullOrWhiteSpace(input.ExpertPhotoAlt))
        {
            errors.Add(new FormError(nameof(InterviewInput.ExpertPhotoAlt), localizer["Describe the expert's photo (alt text): readers who cannot see it hear this instead."]));
        }

        return errors;
    }

    private async Task<InterviewPhotos.StoreResult?> StorePhotoAsync(InterviewInput input, CancellationToken cancellationToken) =>
        input.Photo is { Length: > 0 } file ? await photos.StoreAsync(file, cancellationToken) : null;

    private static void SetPhoto(Interview interview, InterviewPhotos.StoredPhoto? photo)
    {
        interview.ExpertPhotoStoredName = photo?.StoredName;
        interview.ExpertPhotoContentType = photo?.ContentType;
    }

    private Task DiscardAsync(InterviewPhotos.StoreResult? photo) => photos.DeleteAsync(photo?.Photo?.StoredName);

    private async Task<string> UniqueSlugAsync(string title, CancellationToken cancellationToken)
    {
        var root = Slugs.From(title);
        var slug = root;
        for (var n = 2; await db.Interviews.AnyAsync(i => i.Slug == slug, cancellationToken); n++)
        {
            slug = $"{root}-{n}";
        }

        return slug;
    }
}
