using System.Globalization;
using System.Net;
using System.Text;
using QRCoder;

namespace ReSoma.Web.Infrastructure.Qr;

/// <summary>
/// QR codes (QRCoder, MIT) at medium error correction, which still reads with 15% of the code damaged or covered:
/// an SVG to put in a page, and a PNG for mail, where clients do not show inline SVG.
/// </summary>
public static class QrCodes
{
    /// <summary>An <c>&lt;svg&gt;</c> element to put straight into HTML: no XML declaration, a viewBox so that CSS sizes
    /// it, and <paramref name="label"/> as its accessible name (<c>role="img"</c>, <c>aria-label</c> and a title).</summary>
    /// <param name="label">What the code is for, e.g. "QR code of your registration RS-4F7K": screen readers say it.</param>
    public static string Svg(string text, string label)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        // Drawn here from QRCoder's module matrix rather than by its SvgQRCode, whose markup has no place for the
        // accessible name: one path of horizontal runs of dark modules on a white square, quiet zone included.
        using var data = Encode(text);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (!modules[y][x])
                {
                    continue;
                }

                var run = 1;
                while (x + run < size && modules[y][x + run])
                {
                    run++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h{run}v1h-{run}z");
                x += run - 1;
            }
        }

        var name = WebUtility.HtmlEncode(label);
        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" role="img" aria-label="{name}" shape-rendering="crispEdges"><title>{name}</title><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>""";
    }

    /// <summary>A black-on-white PNG with the quiet zone, <paramref name="pixelsPerModule"/> pixels to a module
    /// (5 or more for a phone to read it from a screen comfortably).</summary>
    public static byte[] Png(string text, int pixelsPerModule)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixelsPerModule, 1);
        using var png = new PngByteQRCode(Encode(text)); // disposes the code data with it
        return png.GetGraphic(pixelsPerModule);
    }

    private static QRCodeData Encode(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        return QRCodeGenerator.GenerateQrCode(text, QRCodeGenerator.ECCLevel.M);
    }
}
