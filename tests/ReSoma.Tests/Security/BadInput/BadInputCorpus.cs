using System.Globalization;

namespace ReSoma.Tests.Security.BadInput;

/// <summary>What a bound field holds, so the walk can try the values that its type mishandles.</summary>
public enum FieldKind
{
    Text,
    Number,
    Boolean,
    Date,
    Enum,
}

/// <summary>
/// One bad value, kept percent-encoded as it goes on the wire (query, form body or path), so it can carry bytes
/// that are not UTF-8. Every payload goes into every field at once; <see cref="Alone"/> names the field kinds it is
/// also sent to on its own, and <see cref="InPath"/> whether it also replaces text route values.
/// </summary>
public sealed record Payload(string Name, string Encoded, bool InPath, IReadOnlySet<FieldKind> Alone)
{
    public static Payload Of(string name, string value, bool inPath, params FieldKind[] alone) =>
        new(name, Uri.EscapeDataString(value), inPath, alone.ToHashSet());

    public static Payload Raw(string name, string encoded, bool inPath, params FieldKind[] alone) =>
        new(name, encoded, inPath, alone.ToHashSet());

    public string Decoded => Uri.UnescapeDataString(Encoded);

    public override string ToString() => Name;
}

/// <summary>The bad input of issue 11, and the markup whose unencoded echo <see cref="UnencodedPayloads"/> looks for.</summary>
public static class BadInputCorpus
{
    public const string ProbeTag = "x-probe-1";
    public const string AttributeProbe = "\"><" + ProbeTag + " onmouseover=alert(1)>";
    public const string ScriptProbe = "<script>probe()</script>";

    private const FieldKind Text = FieldKind.Text;
    private const FieldKind Number = FieldKind.Number;
    private const FieldKind Boolean = FieldKind.Boolean;
    private const FieldKind Date = FieldKind.Date;
    private const FieldKind Enum = FieldKind.Enum;

    public static IReadOnlyList<Payload> All { get; } =
    [
        // Digits, so a number field gets a 10 kB number and a text field 10 kB of text.
        Payload.Of("10 kB string", string.Concat(Enumerable.Repeat("1234567890", 1024)), true),
        Payload.Raw("invalid UTF-8 (C3 28)", "%C3%28", true),
        Payload.Raw("invalid UTF-8 (FF)", "%FF", true),

        // ASP.NET Core refuses NUL in a form (400 before any action) and Kestrel in a path, so it goes in fields only.
        Payload.Raw("NUL", "a%00b", false),
        Payload.Of("RTL override", "\u202Eevil.exe", true, Text),
        Payload.Of("RTL override in a local address", "/\u202Eevil", false, Text),
        Payload.Of("markup in an attribute", AttributeProbe, true, Text, Number, Boolean, Date, Enum),
        Payload.Of("script", ScriptProbe, true),
        Payload.Of("javascript: URL", "javascript:alert(1)", true, Text),
        Payload.Of("SQL quote", "' OR 1=1--", true),
        Payload.Of("SQL statement", "\"; DROP TABLE x;--", true),
        Payload.Of("-1", "-1", false, Number, Enum),
        Payload.Of("0", "0", false, Number, Enum),
        Payload.Of("2^31 - 1", "2147483647", false, Number),
        Payload.Of("2^31", "2147483648", false, Number, Enum),
        Payload.Of("2^63", "9223372036854775808", false),
        Payload.Of("1e309", "1e309", false),
        Payload.Of("page 1000000000", "1000000000", false, Number),
        Payload.Of("impossible date", "2021-02-30", false, Date),
        Payload.Of("zero date", "0000-00-00", false),
        Payload.Of("impossible date and time", "9999-99-99T99:99", false, Date),

        // Dates that bind, at the very ends of the calendar: the arithmetic after binding must hold too.
        Payload.Of("last date", "9999-12-31T23:59", false, Date),
        Payload.Of("first date", "0001-01-01T00:00", false, Date),
        Payload.Of("non-boolean", "maybe", false, Boolean),
        Payload.Of("unknown enum number", "999", false, Enum),
        Payload.Of("unknown enum name", "nonsense", false, Enum),
    ];

    /// <summary>The payloads sent to a field of this kind on its own, with every other field left valid.</summary>
    public static IEnumerable<Payload> AloneFor(FieldKind kind) => All.Where(p => p.Alone.Contains(kind));

    /// <summary>The values tried in a route parameter: an <c>int</c> one only gets what can pass its constraint
    /// (anything else is a 404 from routing, before any code of the portal runs).</summary>
    public static IEnumerable<Payload> InRoute(bool isInt) =>
        isInt ? All.Where(p => int.TryParse(p.Decoded, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) : All.Where(p => p.InPath);
}
