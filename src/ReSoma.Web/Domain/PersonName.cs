namespace ReSoma.Web.Domain;

/// <summary>A name split for citation styles: the last word (with particles such as "van der") is the family name.</summary>
public sealed record PersonName(string Given, string Family)
{
    private static readonly HashSet<string> Particles = ["van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "le", "la", "dos", "das"];

    public static PersonName Parse(string fullName)
    {
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length <= 1)
        {
            return new PersonName("", fullName.Trim());
        }

        var familyStart = words.Length - 1;
        while (familyStart > 1 && Particles.Contains(words[familyStart - 1].ToLowerInvariant()))
        {
            familyStart--;
        }

        return new PersonName(string.Join(' ', words[..familyStart]), string.Join(' ', words[familyStart..]));
    }

    /// <summary>"A. B." from "Ana Beatriz".</summary>
    public string Initials => string.Join(' ', Given.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(g => g[0] + "."));
}
