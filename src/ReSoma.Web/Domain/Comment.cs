namespace ReSoma.Web.Domain;

/// <summary>
/// A stakeholder's or editor's comment on a topic, brief, interview or consultation, or a reply to one (one level
/// deep). Its author may edit it for <see cref="EditWindow"/>; editors may hide it with a public reason. A deleted
/// author's comments stay without their name (<see cref="AuthorId"/> becomes null).
/// </summary>
public class Comment
{
    public const int BodyLength = 4_000;
    public const int ReasonLength = 200;

    /// <summary>How long the author may change what they wrote; after that it stands as written.</summary>
    public static readonly TimeSpan EditWindow = TimeSpan.FromMinutes(15);

    /// <summary>Reports from this many different people hide a comment until an editor looks at it.</summary>
    public const int ReportsThatHold = 3;

    public long Id { get; set; }
    public CommentTarget Target { get; set; }
    public int TargetId { get; set; }

    public long? ParentId { get; set; }
    public Comment? Parent { get; set; }
    public List<Comment> Replies { get; set; } = [];

    public string? AuthorId { get; set; }
    public ApplicationUser? Author { get; set; }

    /// <summary>Markdown, rendered with the portal's safe settings.</summary>
    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? EditedAt { get; set; }

    public CommentState State { get; set; } = CommentState.Visible;

    /// <summary>Shown in place of the text: "hidden by the editors: off topic".</summary>
    public string? HiddenReason { get; set; }
    public DateTimeOffset? HiddenAt { get; set; }
    public string? HiddenById { get; set; }

    public List<CommentReport> Reports { get; set; } = [];

    /// <summary>Changes with every save, so two editors (or an author and an editor) never overwrite each other.</summary>
    public int Version { get; set; }

    public bool IsShown => State == CommentState.Visible;

    public bool MayBeEditedBy(string userId, DateTimeOffset now) =>
        AuthorId == userId && State == CommentState.Visible && now - CreatedAt <= EditWindow;

    /// <summary>Replies go one level deep: a reply to a reply answers its parent instead.</summary>
    public long ThreadId => ParentId ?? Id;

    /// <summary>
    /// Who may take part: a confirmed address and a stakeholder role, or an editor. Admins run the site, they do
    /// not speak in its discussions unless they hold one of those roles too.
    /// </summary>
    public static bool MayBePostedBy(bool emailConfirmed, IEnumerable<string> roles) =>
        emailConfirmed && roles.Any(role => Roles.IsStakeholderRole(role) || role == Roles.Editor);

    /// <summary>A reply in the same discussion as <paramref name="answered"/>, attached to its thread.</summary>
    public static Comment ReplyTo(Comment answered, string authorId, string body, DateTimeOffset now) => new()
    {
        Target = answered.Target,
        TargetId = answered.TargetId,
        ParentId = answered.ThreadId,
        AuthorId = authorId,
        Body = body,
        CreatedAt = now,
    };

    /// <summary>
    /// One report per person and comment (a unique index backs this); nobody reports their own words. The report
    /// is counted at once, so the third person's report holds the comment.
    /// </summary>
    public Problem? Report(string reporterId, ReportReason reason, string? note, DateTimeOffset now)
    {
        if (AuthorId == reporterId)
        {
            return new Problem("You cannot report your own comment.");
        }

        if (Reports.Any(r => r.ReporterId == reporterId))
        {
            return new Problem("You have already reported this comment.");
        }

        Reports.Add(new CommentReport
        {
            CommentId = Id,
            ReporterId = reporterId,
            Reason = reason,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            CreatedAt = now,
        });
        CountReports();
        return null;
    }

    /// <summary>Reported comments the editors have not decided on yet, held or not.</summary>
    public bool AwaitsEditors => State != CommentState.Hidden && Reports.Any(r => r.Outcome is null);

    public Problem? Edit(string userId, string body, DateTimeOffset now)
    {
        if (!MayBeEditedBy(userId, now))
        {
            return new Problem("A comment can be edited by its author for {0} minutes after it was posted.", (int)EditWindow.TotalMinutes);
        }

        Body = body;
        EditedAt = now;
        Version++;
        return null;
    }

    /// <summary>Reports from <see cref="ReportsThatHold"/> different people, none looked at yet, hold it for the editors.</summary>
    public void CountReports()
    {
        if (State == CommentState.Visible && Reports.Count(r => r.Outcome is null) >= ReportsThatHold)
        {
            State = CommentState.HeldForReview;
            Version++;
        }
    }

    public void Hide(string reason, string editorId, DateTimeOffset now)
    {
        State = CommentState.Hidden;
        HiddenReason = reason;
        HiddenAt = now;
        HiddenById = editorId;
        Version++;
        foreach (var report in Reports.Where(r => r.Outcome is null))
        {
            report.Resolve(ReportOutcome.Hidden, now);
        }
    }

    /// <summary>The editors looked and found nothing wrong: the open reports are dismissed and the comment shows again.</summary>
    public void Dismiss(DateTimeOffset now)
    {
        State = CommentState.Visible;
        HiddenReason = null;
        HiddenAt = null;
        HiddenById = null;
        Version++;
        foreach (var report in Reports.Where(r => r.Outcome is null))
        {
            report.Resolve(ReportOutcome.Dismissed, now);
        }
    }
}

public enum CommentState
{
    Visible = 1,

    /// <summary>Reported by enough people to be taken down until an editor decides.</summary>
    HeldForReview = 2,

    /// <summary>Hidden by an editor, with a public reason.</summary>
    Hidden = 3,
}
