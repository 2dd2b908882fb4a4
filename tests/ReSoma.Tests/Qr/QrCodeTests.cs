using System.Xml.Linq;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Infrastructure.Qr;
using ZXing;

namespace ReSoma.Tests.Qr;

/// <summary>The QR codes read back, by ZXing from their pixels, as the text they were made of.</summary>
public sealed class QrCodeTests
{
    private const string Registration = "https://resoma.example.org/registrations/RS-2026-4F7K?check=9c1d";

    [Fact]
    public void The_svg_reads_back_as_its_text_and_can_stand_in_a_page_with_an_accessible_name()
    {
        var svg = QrCodes.Svg(Registration, "QR code of registration RS-2026-4F7K <for the door>");

        Assert.StartsWith("<svg ", svg, StringComparison.Ordinal); // no XML declaration, no doctype: inline HTML
        var root = XDocument.Parse(svg).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", root.Name);
        Assert.Equal("img", root.Attribute("role")?.Value);
        Assert.Equal("QR code of registration RS-2026-4F7K <for the door>", root.Attribute("aria-label")?.Value);
        Assert.Equal("QR code of registration RS-2026-4F7K <for the door>", root.Element(ns + "title")?.Value);
        Assert.Matches(@"^0 0 (\d+) \1$", root.Attribute("viewBox")?.Value);
        Assert.Null(root.Attribute("width")); // sized by the page's CSS

        var read = QrImages.DecodeSvg(svg);
        Assert.Equal(Registration, read.Text);
        Assert.Equal("M", read.ResultMetadata[ResultMetadataType.ERROR_CORRECTION_LEVEL]);
    }

    [Fact]
    public void The_png_reads_back_as_its_text_at_the_requested_module_size()
    {
        var png = QrCodes.Png(Registration, 6);

        var (_, width, height) = QrImages.PngToGray(png);
        Assert.Equal(width, height);
        Assert.Equal(0, width % 6);
        var modules = XDocument.Parse(QrCodes.Svg(Registration, "same code")).Root!.Attribute("viewBox")!.Value.Split(' ')[2];
        Assert.Equal(int.Parse(modules, System.Globalization.CultureInfo.InvariantCulture) * 6, width); // quiet zone included in both

        var read = QrImages.DecodePng(png);
        Assert.Equal(Registration, read.Text);
        Assert.Equal("M", read.ResultMetadata[ResultMetadataType.ERROR_CORRECTION_LEVEL]);
    }

    [Theory]
    [InlineData("RS-1")]
    [InlineData("Zoë Łódź – café")]
    public void Short_and_accented_texts_read_back_too(string text)
    {
        Assert.Equal(text, QrImages.DecodePng(QrCodes.Png(text, 4)).Text);
        Assert.Equal(text, QrImages.DecodeSvg(QrCodes.Svg(text, "code")).Text);
    }

    [Fact]
    public void Nothing_to_encode_or_no_accessible_name_is_a_mistake_of_the_caller()
    {
        Assert.Throws<ArgumentException>(() => QrCodes.Svg("", "label"));
        Assert.Throws<ArgumentException>(() => QrCodes.Svg("RS-1", " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => QrCodes.Png("RS-1", 0));
    }
}
