using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>One piece of news as a mail shows it.</summary>
public sealed record DigestEntry(NewsKind Kind, string Title, string Line, string Url, string Reason, DateTimeOffset CreatedAt);

/// <summary>
/// A notification mail, as plain text and as a complete HTML document (mail clients and the HTML checker read it as
/// a page): grouped by kind, newest first, each with its title, one line, the link and why the person gets it, then
/// the links to change the settings and to stop these mails.
/// </summary>
public static class DigestMail
{
    public static (string Subject, string Text, string Html) Compose(
        string name, IReadOnlyList<DigestEntry> entries, NotificationSettings settings, string period, string settingsUrl, string unsubscribeUrl)
    {
        var subject = SubjectOf(entries, settings, period);
        var groups = NewsKindNames.InDigestOrder
            .Select(kind => (Kind: kind, Items: entries.Where(e => e.Kind == kind).OrderByDescending(e => e.CreatedAt).ToList()))
            .Where(g => g.Items.Count > 0)
            .ToList();
        var intro = settings.Frequency switch
        {
            DigestFrequency.Immediately => "There is news on ReSOMA:",
            DigestFrequency.Daily => "Here is what is new on ReSOMA since your last daily mail:",
            _ => "Here is what is new on ReSOMA since your last weekly mail:",
        };
        var footer = new SubscribedMailFooter("You get this mail because you follow these on ReSOMA or sent a contribution.",
            "Change what you follow and how often you hear", settingsUrl, "Stop these mails", unsubscribeUrl);

        var text = new StringBuilder();
        text.Append("Hello ").Append(name).Append(",\n\n").Append(intro).Append("\n\n");
        foreach (var (kind, items) in groups)
        {
            text.Append(kind.GroupName().ToUpperInvariant()).Append('\n');
            foreach (var e in items)
            {
                text.Append("- ").Append(e.Title).Append('\n');
                if (e.Line.Length > 0)
                {
                    text.Append("  ").Append(e.Line).Append('\n');
                }

                text.Append("  ").Append(e.Url).Append('\n').Append("  (").Append(Capitalised(e.Reason)).Append(")\n");
            }

            text.Append('\n');
        }

        text.Append(SubscribedMail.TextFooter(footer));

        var h = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append("<p>Hello ").Append(h.Encode(name)).Append(",</p><p>").Append(h.Encode(intro)).Append("</p>");
        foreach (var (kind, items) in groups)
        {
            html.Append("<h2>").Append(h.Encode(kind.GroupName())).Append("</h2><ul>");
            foreach (var e in items)
            {
                html.Append("<li><a href=\"").Append(h.Encode(e.Url)).Append("\">").Append(h.Encode(e.Title)).Append("</a>");
                if (e.Line.Length > 0)
                {
                    html.Append("<br>").Append(h.Encode(e.Line));
                }

                html.Append("<br><small>").Append(h.Encode(Capitalised(e.Reason))).Append("</small></li>");
            }

            html.Append("</ul>");
        }

        html.Append(SubscribedMail.HtmlFooter(footer));
        return (subject, text.ToString(), SubscribedMail.Document(subject, html.ToString()));
    }

    private static string SubjectOf(IReadOnlyList<DigestEntry> entries, NotificationSettings settings, string period)
    {
        var count = entries.Count == 1 ? "1 new item" : $"{entries.Count.ToString(CultureInfo.InvariantCulture)} new items";
        return settings.Frequency switch
        {
            DigestFrequency.Immediately => entries.Count == 1 ? $"ReSOMA: {entries[0].Title}" : $"ReSOMA: {count}",
            DigestFrequency.Daily => $"Your ReSOMA news of {DayOf(period)}: {count}",
            _ => $"Your ReSOMA week to {DayOf(period)}: {count}",
        };
    }

    private static string DayOf(string period) =>
        DateOnly.TryParseExact(period[(period.IndexOf(':', StringComparison.Ordinal) + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
            : period;

    private static string Capitalised(string reason) => reason.Length == 0 ? reason : char.ToUpperInvariant(reason[0]) + reason[1..];
}
