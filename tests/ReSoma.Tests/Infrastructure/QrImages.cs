using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ZXing;
using ZXing.Common;

namespace ReSoma.Tests.Infrastructure;

/// <summary>
/// Reads QR codes back as a phone would, from pixels, with ZXing.Net: a PNG's own pixels, or an SVG drawn into pixels.
/// The PNG is read here (chunks, zlib, scanline filters, as the PNG specification says) because the test project has
/// no bitmap library, and ZXing.Net on .NET takes only raw luminance.
/// </summary>
/// <remarks>The result's metadata says the error correction level the code was read at
/// (<see cref="ResultMetadataType.ERROR_CORRECTION_LEVEL"/>).</remarks>
public static partial class QrImages
{
    public static Result DecodePng(byte[] png)
    {
        var (pixels, width, height) = PngToGray(png);
        return Decode(pixels, width, height);
    }

    /// <summary>Draws the SVG's dark modules, <paramref name="scale"/> pixels each, and reads the result. Knows only the
    /// shapes <c>QrCodes.Svg</c> draws (a background rect, one path of horizontal runs); anything else fails.</summary>
    public static Result DecodeSvg(string svg, int scale = 4)
    {
        var root = XDocument.Parse(svg).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        var box = root.Attribute("viewBox")!.Value.Split(' ').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal([0, 0], box[..2]);
        var (width, height) = (box[2] * scale, box[3] * scale);
        var pixels = Enumerable.Repeat((byte)255, width * height).ToArray();
        foreach (var path in root.Elements(ns + "path"))
        {
            var d = path.Attribute("d")!.Value;
            var runs = RunPattern().Matches(d);
            Assert.Equal(d.Length, runs.Sum(r => r.Length)); // every command is a run
            foreach (Match run in runs)
            {
                var (x, y, length) = (Number(run, 1), Number(run, 2), Number(run, 3));
                for (var py = y * scale; py < (y + 1) * scale; py++)
                {
                    Array.Fill(pixels, (byte)0, py * width + x * scale, length * scale);
                }
            }
        }

        return Decode(pixels, width, height);
    }

    /// <summary>8-bit greyscale pixels of a non-interlaced PNG of any bit depth up to 8 (greyscale, indexed, RGB, RGBA).</summary>
    public static (byte[] Pixels, int Width, int Height) PngToGray(byte[] png)
    {
        Assert.Equal([137, 80, 78, 71, 13, 10, 26, 10], png[..8]);
        int width = 0, height = 0, depth = 0, colour = 0;
        var palette = Array.Empty<byte>();
        using var compressed = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var data = png.AsSpan(at + 8, length);
            switch (Encoding.ASCII.GetString(png, at + 4, 4))
            {
                case "IHDR":
                    (width, height, depth, colour) = (BinaryPrimitives.ReadInt32BigEndian(data), BinaryPrimitives.ReadInt32BigEndian(data[4..]), data[8], data[9]);
                    Assert.Equal(0, data[12]); // not interlaced
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
            }

            at += 12 + length;
        }

        Assert.True(depth <= 8, "16-bit PNGs are not read here");
        var channels = colour switch { 0 or 3 => 1, 2 => 3, 4 => 2, 6 => 4, _ => throw new InvalidDataException($"PNG colour type {colour}") };
        var stride = (width * depth * channels + 7) / 8;
        var step = Math.Max(1, depth * channels / 8);
        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        Assert.Equal(height * (stride + 1), raw.Length);
        var previous = new byte[stride];
        var pixels = new byte[width * height];
        for (var y = 0; y < height; y++)
        {
            var row = Unfilter(raw[y * (stride + 1)], raw.AsSpan(y * (stride + 1) + 1, stride), previous, step);
            for (var x = 0; x < width; x++)
            {
                pixels[y * width + x] = Grey(row, x, depth, colour, palette);
            }

            previous = row;
        }

        return (pixels, width, height);
    }

    private static byte[] Unfilter(byte filter, ReadOnlySpan<byte> line, byte[] previous, int step)
    {
        var row = new byte[line.Length];
        for (var i = 0; i < line.Length; i++)
        {
            int left = i >= step ? row[i - step] : 0, up = previous[i], upLeft = i >= step ? previous[i - step] : 0;
            row[i] = (byte)(line[i] + filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"PNG filter {filter}"),
            });
        }

        return row;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static byte Grey(byte[] row, int x, int depth, int colour, byte[] palette)
    {
        if (depth < 8) // greyscale or indexed, several pixels to a byte, the first in the high bits
        {
            var bit = x * depth;
            var value = (row[bit / 8] >> (8 - depth - bit % 8)) & ((1 << depth) - 1);
            return colour == 3 ? Luminance(palette, value * 3) : (byte)(value * 255 / ((1 << depth) - 1));
        }

        return colour switch
        {
            0 => row[x],
            3 => Luminance(palette, row[x] * 3),
            4 => row[x * 2],
            _ => Luminance(row, x * (colour == 2 ? 3 : 4)),
        };
    }

    private static byte Luminance(byte[] rgb, int at) => (byte)((299 * rgb[at] + 587 * rgb[at + 1] + 114 * rgb[at + 2]) / 1000);

    private static Result Decode(byte[] grey, int width, int height)
    {
        var reader = new BarcodeReaderGeneric { Options = new DecodingOptions { PossibleFormats = [BarcodeFormat.QR_CODE], TryHarder = true } };
        var result = reader.Decode(grey, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        Assert.True(result is not null, "ZXing found no QR code in the image");
        return result;
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"M(\d+) (\d+)h(\d+)v1h-\3z")]
    private static partial Regex RunPattern();
}
