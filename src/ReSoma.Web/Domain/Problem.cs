using System.Globalization;

namespace ReSoma.Web.Domain;

/// <summary>
/// Why the domain refuses something, as an English sentence with its variable parts kept apart. The sentence is the
/// resource key a feature words it with in the page's language (docs/decisions/0045); <see cref="ToString"/> is the
/// English, for logs and records.
/// </summary>
public sealed record Problem(string Text, params object[] Arguments)
{
    public static implicit operator Problem(string text) => new(text);

    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Text, Arguments);
}
