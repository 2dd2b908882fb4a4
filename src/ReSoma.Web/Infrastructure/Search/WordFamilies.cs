namespace ReSoma.Web.Infrastructure.Search;

/// <summary>
/// Derived words that a stemmer keeps apart but readers of migration policy treat as one: the Porter stemmer maps
/// "detained" to "detain" and "detention" to "detent". Inflections (seekers → seeker) are the stemmer's job; this
/// list only joins families whose stems differ. A search for one form also looks for the others.
/// </summary>
public static class WordFamilies
{
    private static readonly string[][] Families =
    [
        ["detain", "detained", "detaining", "detains", "detention", "detentions", "detainee", "detainees"],
        ["seek", "seeks", "seeking", "seeker", "seekers"],
        ["reunify", "reunified", "reunification", "reunion", "reunite", "reunited"],
        ["return", "returned", "returns", "returning", "returnee", "returnees"],
        ["smuggle", "smuggled", "smuggling", "smuggler", "smugglers"],
        ["traffic", "trafficking", "trafficked", "trafficker", "traffickers"],
        ["sponsor", "sponsored", "sponsoring", "sponsors", "sponsorship", "sponsorships"],
        ["expel", "expelled", "expulsion", "expulsions"],
        ["admit", "admitted", "admission", "admissions"],
        ["receive", "received", "receiving", "reception"],
        ["apply", "applied", "applies", "applying", "application", "applications", "applicant", "applicants"],
        ["decide", "decided", "decision", "decisions"],
        ["include", "included", "inclusion", "inclusive"],
        ["exclude", "excluded", "exclusion"],
        ["solidarity", "solidary"],
        ["criminalise", "criminalised", "criminalisation", "criminalize", "criminalized", "criminalization"],
        ["rescue", "rescued", "rescues", "rescuer", "rescuers"],
        ["resettle", "resettled", "resettlement"],
        ["integrate", "integrated", "integration", "integrating"],
    ];

    private static readonly Dictionary<string, string[]> ByWord = Families
        .SelectMany(family => family.Select(word => (word, family)))
        .ToDictionary(p => p.word, p => p.family);

    /// <summary>The word first, then the other members of its family.</summary>
    public static IReadOnlyList<string> FormsOf(string word) =>
        ByWord.TryGetValue(word, out var family) ? [word, .. family.Where(w => w != word)] : [word];
}
