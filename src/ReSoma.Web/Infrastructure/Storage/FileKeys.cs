using System.Text.RegularExpressions;

namespace ReSoma.Web.Infrastructure.Storage;

/// <summary>
/// The shape of a file key: segments of letters, digits, '-', '_' and '.' joined by '/', none empty and none starting
/// with a dot. That leaves no way to write "..", an absolute path, a drive or a backslash, so a key can never point
/// outside the store's root, whatever a stored value says.
/// </summary>
public static partial class FileKeys
{
    public const int MaxLength = 300;

    /// <summary>The key of a file the portal named, in one of its folders (<c>news-images</c> + <c>ab12….png</c>).</summary>
    public static string Of(string folder, string name) => Checked(folder + "/" + name);

    /// <returns>The key, when it has the shape; else throws <see cref="ArgumentException"/>.</returns>
    public static string Checked(string key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength || !key.Split('/').All(Segment().IsMatch))
        {
            throw new ArgumentException($"\"{key}\" is not a file key: use segments of letters, digits, '-', '_' and '.', joined by '/', at most {MaxLength} characters.", nameof(key));
        }

        return key;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_-][A-Za-z0-9._-]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Segment();
}
