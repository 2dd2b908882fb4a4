using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Localization;

namespace ReSoma.Web.Features.Shared;

/// <summary>A view's localized sentence as plain text, with its arguments put in: for titles and messages handed on
/// as strings (<see cref="LocalizedHtmlString.Value"/> is the resource alone, without the arguments).</summary>
public static class LocalizedText
{
    /// <summary>Content put into an interface sentence, marked as written in <paramref name="language"/> (the
    /// content default when not known), so that screen readers and the French check treat it as content.</summary>
    public static IHtmlContent AsContent(this string text, string? language = null) =>
        new HtmlContentBuilder().AppendHtml($"<span lang=\"{HtmlEncoder.Default.Encode(language ?? Domain.ContentLanguage.Default)}\">").Append(text).AppendHtml("</span>");

    /// <summary>A label as it reads inside a sentence: "Scheduled" becomes "scheduled". Resource keys ignore case,
    /// so one folder cannot hold both; the sentence form is made from the label's translation.</summary>
    public static string InSentence(string label) =>
        label.Length == 0 ? label : char.ToLower(label[0], System.Globalization.CultureInfo.CurrentCulture) + label[1..];

    public static string Text(this LocalizedHtmlString html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return WebUtility.HtmlDecode(writer.ToString());
    }
}
