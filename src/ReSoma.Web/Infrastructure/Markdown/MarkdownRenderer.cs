using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace ReSoma.Web.Infrastructure.Markdown;

/// <summary>
/// Turns editors' and stakeholders' Markdown into safe HTML: raw HTML is shown as text, and links or images that are
/// not http, https, mailto or a path on this site become plain text. Extensions that let authors set attributes
/// (Markdig's generic attributes) are left out on purpose.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseListExtras()
        .UseAutoLinks()
        .UseFootnotes()
        .Build();

    public IHtmlContent Render(string? markdown) => new HtmlString(ToHtml(markdown));

    public string ToHtml(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return "";
        }

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        RemoveUnsafeLinks(document);
        return document.ToHtml(Pipeline);
    }

    /// <summary>Plain text of the Markdown, e.g. for meta descriptions and search snippets.</summary>
    public string ToPlainText(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim();

    private static void RemoveUnsafeLinks(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            if (!LinkPolicy.IsAllowed(link.Url))
            {
                Unwrap(link, link.IsImage);
            }
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().ToList())
        {
            if (!LinkPolicy.IsAllowed(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url))
            {
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }
    }

    // Keeps what the reader would have seen (the link text, or an image's alt text) without the link.
    private static void Unwrap(LinkInline link, bool isImage)
    {
        if (isImage)
        {
            link.ReplaceBy(new LiteralInline(link.FirstChild is LiteralInline alt ? alt.Content.ToString() : ""));
            return;
        }

        var children = new List<Inline>();
        for (var child = link.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        foreach (var child in children)
        {
            child.Remove();
            link.InsertBefore(child);
        }

        link.Remove();
    }
}
