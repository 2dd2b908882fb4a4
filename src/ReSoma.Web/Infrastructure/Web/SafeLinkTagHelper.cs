using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using ReSoma.Web.Infrastructure.Markdown;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>
/// No link on any page runs script: a <c>javascript:</c> (or other non-web) address in an <c>href</c> is dropped and
/// the link's text stays as plain text. Addresses that people type (a news story, an online meeting, a partner's site)
/// are checked when a form is saved, but not everything shown went through that form: the interview editor's live
/// preview shows half-typed input on purpose. Razor already encodes the value; this refuses what encoding cannot make
/// safe. The CSP (no inline script) blocks such links too; this keeps them out of the page in the first place.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
[HtmlTargetElement("area", Attributes = "href")]
public sealed class SafeLinkTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes.TryGetAttribute("href", out var href) && !LinkPolicy.IsSafeHref(TextOf(href.Value)))
        {
            output.Attributes.Remove(href);
        }
    }

    private static string? TextOf(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                return text;
            case IHtmlContent html:
                using (var writer = new StringWriter(CultureInfo.InvariantCulture))
                {
                    html.WriteTo(writer, HtmlEncoder.Default);
                    return WebUtility.HtmlDecode(writer.ToString());
                }

            default:
                return Convert.ToString(value, CultureInfo.InvariantCulture);
        }
    }
}
