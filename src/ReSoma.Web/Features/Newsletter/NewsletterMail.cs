using ReSoma.Web.Infrastructure.Markdown;
using ReSoma.Web.Infrastructure.Notifications;

namespace ReSoma.Web.Features.Newsletter;

/// <summary>One mail of an issue, to one person: their own settings and unsubscribe links are in the footer.</summary>
public sealed record NewsletterMessage(string Subject, string Text, string Html, string HtmlBody);

/// <summary>
/// An issue as mail. The HTML part is the body through the portal's safe Markdown renderer (raw HTML shown as text,
/// only http, https and mailto links), in the document frame every subscribed mail shares; the text part is the
/// Markdown as written, which reads well as plain text and is never rendered. The Markdown is rendered once per issue,
/// not once per person.
/// </summary>
public sealed class NewsletterMail
{
    public const string Why = "You get this mail because you asked for the ReSOMA newsletter.";

    private readonly string _subject;
    private readonly string _markdown;
    private readonly string _bodyHtml;

    public NewsletterMail(string subject, string body, MarkdownRenderer markdown)
    {
        _subject = subject;
        _markdown = body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        _bodyHtml = markdown.ToHtml(_markdown);
    }

    public NewsletterMessage For(string settingsUrl, string unsubscribeUrl, string subjectPrefix = "")
    {
        var footer = new SubscribedMailFooter(Why, "Change your mail settings", settingsUrl, "Stop the newsletter", unsubscribeUrl);
        var subject = subjectPrefix + _subject;
        var body = _bodyHtml + SubscribedMail.HtmlFooter(footer);
        return new NewsletterMessage(subject, _markdown + "\n\n" + SubscribedMail.TextFooter(footer), SubscribedMail.Document(subject, body), body);
    }
}
