using System.Security.Cryptography;

namespace ReSoma.Web.Domain;

/// <summary>
/// Registration codes: 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), shown as two groups of four
/// (“K7QX-M2RD”). 32^8 ≈ 10^12 codes, drawn from the system's secure generator, so a code cannot be guessed from another;
/// the unique index is the last guard.
/// </summary>
public static class AttendanceCodes
{
    private const string Alphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static string Display(string code) => code.Length == Length ? code[..4] + "-" + code[4..] : code;

    /// <summary>The code in what was typed or scanned: a bare code in any case, with or without the dash or spaces,
    /// or the check-in address the QR code holds. Null when there is none.</summary>
    public static string? Read(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return null;
        }

        var last = typed.Trim().TrimEnd('/').Split('/').Last();
        var code = new string(last.Where(c => c != '-' && !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }
}
