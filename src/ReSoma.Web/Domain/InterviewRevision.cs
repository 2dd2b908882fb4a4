namespace ReSoma.Web.Domain;

/// <summary>
/// A snapshot of an interview after one save: who, when, what changed in words, and the full text of the interview
/// at that moment, so any two revisions can be compared line by line.
/// </summary>
public class InterviewRevision
{
    public int Id { get; set; }
    public int InterviewId { get; set; }

    /// <summary>1 for the first save, then counting up per interview.</summary>
    public int Number { get; set; }

    public string? EditorId { get; set; }
    public string EditorName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>What happened, e.g. "Edited", "Scheduled for 1 May 2019, 09:00 (Europe/Brussels)".</summary>
    public string Action { get; set; } = "";

    /// <summary>The interview as plain text (see InterviewSnapshot), the input of the diff.</summary>
    public string Snapshot { get; set; } = "";
}
