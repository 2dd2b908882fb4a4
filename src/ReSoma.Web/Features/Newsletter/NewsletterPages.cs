namespace ReSoma.Web.Features.Newsletter;

public sealed record NewsletterRow(int Id, string Subject, DateTimeOffset UpdatedAt, DateTimeOffset? SentAt, int Recipients);

public sealed record NewsletterList(IReadOnlyList<NewsletterRow> Rows, int Subscribers);

/// <summary>Another editor's saved version, shown beside the form when a save conflicts.</summary>
public sealed record NewsletterSnapshot(string Subject, string Body, DateTimeOffset SavedAt);

/// <summary>An issue's page: the form while it is a draft, read-only once sent (then with how many it reached).</summary>
public sealed record EditNewsletterPage(int Id, DateTimeOffset? SentAt, int Recipients, int Delivered, int Subscribers, NewsletterInput Input, NewsletterSnapshot? Theirs = null)
{
    public bool IsSent => SentAt is not null;
}

/// <summary>The mail as a subscriber will get it, shown to the editor: its HTML body and its plain text.</summary>
public sealed record NewsletterPreview(int Id, string Subject, string HtmlBody, string Text, bool IsSent);
