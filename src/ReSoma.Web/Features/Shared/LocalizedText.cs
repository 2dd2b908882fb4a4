using System.Net;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Localization;

namespace ReSoma.Web.Features.Shared;

/// <summary>A view's localized sentence as plain text, with its arguments put in: for titles and messages handed on
/// as strings (<see cref="LocalizedHtmlString.Value"/> is the resource alone, without the arguments).</summary>
public static class LocalizedText
{
    public static string Text(this LocalizedHtmlString html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return WebUtility.HtmlDecode(writer.ToString());
    }
}
