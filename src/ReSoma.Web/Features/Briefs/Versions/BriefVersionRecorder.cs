using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Briefs.Versions;

/// <summary>
/// Keeps a brief's published versions: version 1 at first publication, and one more each time a published text is
/// corrected (or a changed text is published again). A brief published before versions existed gets its version 1
/// from the text as it stood just before its first correction, so nothing readers saw is lost.
/// </summary>
public sealed class BriefVersionRecorder(ReSomaDbContext db, TimeProvider clock)
{
    /// <summary>The parts of a brief a version keeps, in the order they are compared.</summary>
    public static BriefVersion Capture(Brief brief, string authors) => new()
    {
        BriefId = brief.Id,
        Title = brief.Title,
        Summary = brief.Summary,
        Body = brief.Body,
        Keywords = brief.Keywords,
        Authors = authors,
        Licence = brief.Licence,
        Doi = brief.Doi,
    };

    public static bool SameText(BriefVersion a, BriefVersion b) =>
        a.Title == b.Title && a.Summary == b.Summary && a.Body == b.Body && a.Keywords == b.Keywords
        && a.Authors == b.Authors && a.Licence == b.Licence && a.Doi == b.Doi;

    /// <summary>At publication: version 1 the first time, else a new version when the text differs from the last one.</summary>
    public async Task RecordPublicationAsync(Brief brief, BriefVersion now, string editorName, CancellationToken cancellationToken)
    {
        var last = await LastAsync(brief.Id, cancellationToken);
        if (last is not null && SameText(last, now))
        {
            return;
        }

        Add(now, (last?.Number ?? 0) + 1, last is null ? "" : "Published again with changes.", editorName, clock.GetUtcNow());
    }

    /// <summary>A saved correction of a published brief: the text before it (when no version holds it yet) and after it.</summary>
    public async Task RecordCorrectionAsync(Brief brief, BriefVersion before, BriefVersion after, string note, string editorName, CancellationToken cancellationToken)
    {
        var last = await LastAsync(brief.Id, cancellationToken);
        var number = last?.Number ?? 0;
        if (last is null)
        {
            var publishedAt = brief.PublishedOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : brief.CreatedAt;
            Add(before, ++number, "", "", publishedAt);
        }

        Add(after, number + 1, note.Trim(), editorName, clock.GetUtcNow());
    }

    private Task<BriefVersion?> LastAsync(int briefId, CancellationToken cancellationToken) =>
        db.BriefVersions.AsNoTracking().Where(v => v.BriefId == briefId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);

    private void Add(BriefVersion version, int number, string note, string editorName, DateTimeOffset at)
    {
        version.Number = number;
        version.ChangeNote = note;
        version.EditorName = editorName.Length > FieldLengths.Name ? editorName[..FieldLengths.Name] : editorName;
        version.PublishedAt = at;
        db.BriefVersions.Add(version);
    }
}
