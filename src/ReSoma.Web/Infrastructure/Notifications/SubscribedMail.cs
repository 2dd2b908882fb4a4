using System.Text.Encodings.Web;

namespace ReSoma.Web.Infrastructure.Notifications;

/// <summary>Why a person gets a subscribed mail, and the two links every such mail ends with.</summary>
public sealed record SubscribedMailFooter(string Why, string SettingsLabel, string SettingsUrl, string UnsubscribeLabel, string UnsubscribeUrl);

/// <summary>
/// The frame shared by the mails people subscribed to (digests, the newsletter): the same footer in the text and the
/// HTML part, and the HTML as a complete document, since mail clients and the HTML checker read it as a page.
/// </summary>
public static class SubscribedMail
{
    public const string Signature = "ReSOMA – Research Social Platform on Migration and Asylum";

    public static string TextFooter(SubscribedMailFooter footer) =>
        $"{footer.Why}\n{footer.SettingsLabel}: {footer.SettingsUrl}\n{footer.UnsubscribeLabel}: {footer.UnsubscribeUrl}\n\n{Signature}\n";

    /// <summary>The footer as HTML, to close the body of the message.</summary>
    public static string HtmlFooter(SubscribedMailFooter footer)
    {
        var h = HtmlEncoder.Default;
        return $"<p><small>{h.Encode(footer.Why)} <a href=\"{h.Encode(footer.SettingsUrl)}\">{h.Encode(footer.SettingsLabel)}</a> · "
            + $"<a href=\"{h.Encode(footer.UnsubscribeUrl)}\">{h.Encode(footer.UnsubscribeLabel)}</a></small></p><p>{h.Encode(Signature)}</p>";
    }

    /// <param name="body">The message's body as HTML, footer included; everything in it must already be encoded.</param>
    public static string Document(string subject, string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{HtmlEncoder.Default.Encode(subject)}</title></head><body>{body}</body></html>";
}
