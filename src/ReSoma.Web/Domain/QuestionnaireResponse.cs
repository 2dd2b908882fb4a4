namespace ReSoma.Web.Domain;

/// <summary>
/// One reader's answers to one interview's questionnaire. Signed-in readers answer once per account (UserId), anonymous
/// readers once per browser (a hash of a random cookie); unique indexes on both make "once" a database fact.
/// </summary>
public class QuestionnaireResponse
{
    public int Id { get; set; }
    public int InterviewId { get; set; }
    public string? UserId { get; set; }

    /// <summary>SHA-256 of the browser's answer cookie, never the cookie itself.</summary>
    public string? BrowserKey { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
    public List<QuestionnaireAnswer> Answers { get; set; } = [];
}
