using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace ReSoma.Web.Infrastructure.Pdf;

/// <summary>
/// A simple A4 text document: paragraphs, headings and lists, wrapped and paginated, with a footer on every page.
/// PdfPig (Apache-2.0) writes the PDF; the layout here is only line wrapping and page breaks, because the layout
/// libraries that could do more are either not available here or AGPL-licensed (see docs/decisions/0010).
/// </summary>
public sealed class PdfTextDocument(string title, string author, string subject, string footer)
{
    private const double Margin = 56;
    private const double FooterSpace = 36;
    private readonly List<Block> _blocks = [];

    private sealed record Block(string Text, double Size, bool Bold, double SpaceBefore, double SpaceAfter, double Indent = 0, string? Bullet = null, (byte R, byte G, byte B)? Color = null, bool Rule = false);

    public void Heading(string text, double size = 15) => _blocks.Add(new Block(text, size, Bold: true, SpaceBefore: size * 0.8, SpaceAfter: 4));

    public void Paragraph(string text, double size = 10.5, bool bold = false, (byte R, byte G, byte B)? color = null) =>
        _blocks.Add(new Block(text, size, bold, 0, size * 0.6, Color: color));

    public void Rule() => _blocks.Add(new Block("", 10, false, 0, 14, Rule: true));

    /// <summary>Lays out Markdown: headings, paragraphs, bullet and numbered lists, quotes.</summary>
    public void Markdown(string? markdown)
    {
        foreach (var block in Markdig.Markdown.Parse(markdown ?? ""))
        {
            switch (block)
            {
                case HeadingBlock heading:
                    Heading(InlineText(heading.Inline), heading.Level <= 2 ? 13.5 : 12);
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(InlineText(paragraph.Inline));
                    break;
                case ListBlock list:
                    var number = 1;
                    foreach (var item in list.OfType<ListItemBlock>())
                    {
                        var text = string.Join(" ", item.OfType<ParagraphBlock>().Select(p => InlineText(p.Inline)));
                        _blocks.Add(new Block(text, 10.5, false, 0, 3, Indent: 14, Bullet: list.IsOrdered ? $"{number++}." : "•"));
                    }

                    _blocks.Add(new Block("", 4, false, 0, 0));
                    break;
                case QuoteBlock quote:
                    foreach (var paragraph in quote.OfType<ParagraphBlock>())
                    {
                        _blocks.Add(new Block(InlineText(paragraph.Inline), 10.5, false, 0, 6, Indent: 14));
                    }

                    break;
                case ThematicBreakBlock:
                    Rule();
                    break;
            }
        }
    }

    public byte[] ToBytes()
    {
        using var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = title;
        builder.DocumentInformation.Author = author;
        builder.DocumentInformation.Subject = subject;
        builder.DocumentInformation.Creator = "ReSOMA";
        var fonts = new Layout.Fonts(builder.AddTrueTypeFont(PdfFonts.DejaVuSans), builder.AddTrueTypeFont(PdfFonts.DejaVuSansBold));
        var layout = new Layout(builder, fonts, footer);
        foreach (var block in _blocks)
        {
            layout.Write(block);
        }

        layout.Finish();
        return builder.Build();
    }

    private static string InlineText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Places blocks on pages from the top down (PDF coordinates start at the bottom left).</summary>
    private sealed class Layout(PdfDocumentBuilder builder, Layout.Fonts fonts, string footer)
    {
        public sealed record Fonts(PdfDocumentBuilder.AddedFont Regular, PdfDocumentBuilder.AddedFont Bold);

        private readonly Dictionary<(string, double, bool), double> _widths = [];
        private PdfPageBuilder? _page;
        private double _top;
        private int _pageNumber;

        public void Write(Block block)
        {
            if (block.Rule)
            {
                EnsureSpace(12);
                _page!.SetStrokeColor(11, 93, 107);
                _page.DrawLine(new PdfPoint(Margin, Y(_top + 4)), new PdfPoint(_page.PageSize.Width - Margin, Y(_top + 4)), 1);
                _page.ResetColor();
                _top += block.SpaceAfter;
                return;
            }

            var font = block.Bold ? fonts.Bold : fonts.Regular;
            var lineHeight = block.Size * 1.35;
            EnsurePage();
            var width = _page!.PageSize.Width - 2 * Margin - block.Indent;
            var lines = PdfLines.Wrap(block.Text, width, word => Measure(word, block.Size, block.Bold, font));
            _top += _top > Margin ? block.SpaceBefore : 0;
            for (var i = 0; i < lines.Count; i++)
            {
                EnsureSpace(lineHeight);
                var baseline = Y(_top + block.Size);
                if (block.Color is { } c)
                {
                    _page!.SetTextAndFillColor(c.R, c.G, c.B);
                }

                if (i == 0 && block.Bullet is not null)
                {
                    _page!.AddText(block.Bullet, block.Size, new PdfPoint(Margin + block.Indent - 12, baseline), font);
                }

                _page!.AddText(lines[i], block.Size, new PdfPoint(Margin + block.Indent, baseline), font);
                if (block.Color is not null)
                {
                    _page.ResetColor();
                }

                _top += lineHeight;
            }

            _top += block.SpaceAfter;
        }

        public void Finish()
        {
            EnsurePage();
            DrawFooter();
        }

        private double Measure(string text, double size, bool bold, PdfDocumentBuilder.AddedFont font)
        {
            if (!_widths.TryGetValue((text, size, bold), out var width))
            {
                width = PdfLines.Width(_page!, text, size, font);
                _widths[(text, size, bold)] = width;
            }

            return width;
        }

        private double Y(double fromTop) => _page!.PageSize.Height - fromTop;

        private void EnsurePage()
        {
            if (_page is null)
            {
                NewPage();
            }
        }

        private void EnsureSpace(double height)
        {
            EnsurePage();
            if (_top + height > _page!.PageSize.Height - Margin - FooterSpace)
            {
                DrawFooter();
                NewPage();
            }
        }

        private void NewPage()
        {
            _page = builder.AddPage(PageSize.A4);
            _pageNumber++;
            _top = Margin;
        }

        private void DrawFooter()
        {
            _page!.SetTextAndFillColor(100, 100, 100);
            _page.AddText($"{footer}  ·  page {_pageNumber}", 8, new PdfPoint(Margin, Margin - 8), fonts.Regular);
            _page.ResetColor();
        }
    }
}
