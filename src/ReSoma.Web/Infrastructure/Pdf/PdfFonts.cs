namespace ReSoma.Web.Infrastructure.Pdf;

/// <summary>
/// DejaVu Sans, shipped with the app and embedded (subset) in every generated PDF: it covers every European
/// script, which PDF's standard fonts do not (they cannot even show "é" reliably in PdfPig).
/// </summary>
public static class PdfFonts
{
    private static readonly Lazy<byte[]> Regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> Bold = new(() => Load("DejaVuSans-Bold.ttf"));

    public static byte[] DejaVuSans => Regular.Value;

    public static byte[] DejaVuSansBold => Bold.Value;

    private static byte[] Load(string name)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream("Fonts." + name)
            ?? throw new InvalidOperationException($"The font {name} is not embedded in the app.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
