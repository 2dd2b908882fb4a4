using System.Security.Cryptography;
using System.Text;

namespace ReSoma.Web.Infrastructure.Usage;

/// <summary>A visitor for one day: HMAC-SHA-256 of address and user agent under the day's salt, as hex. Without the salt
/// (deleted once the day is over) the hash cannot be tied back to an address.</summary>
public static class VisitorHash
{
    public static string Of(byte[] salt, string? address, string userAgent) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes((address ?? "") + "\n" + userAgent)));
}
