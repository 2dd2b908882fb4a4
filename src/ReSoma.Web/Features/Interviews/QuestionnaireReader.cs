using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace ReSoma.Web.Features.Interviews;

/// <summary>
/// Who is reading, for the "answer once" rule: a signed-in account, or an anonymous browser known by a random cookie.
/// Only a hash of the cookie is stored, so the database alone cannot be used to pose as that browser.
/// </summary>
public sealed record QuestionnaireReader(string? UserId, string? BrowserKey)
{
    public const string CookieName = "resoma-reader";

    public static QuestionnaireReader Anonymous { get; } = new(null, null);

    public static string HashCookie(string cookie) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cookie)));

    /// <summary>256 random bits: nobody can guess another browser's cookie, so nobody can answer in its name.</summary>
    public static string NewCookie() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Kept a year, out of reach of scripts, sent only to this site (and only over HTTPS when the site uses it).</summary>
    public static CookieOptions CookieOptions(HttpRequest request) => new()
    {
        HttpOnly = true,
        Secure = request.IsHttps,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        MaxAge = TimeSpan.FromDays(365),
    };
}
