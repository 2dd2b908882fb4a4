namespace ReSoma.Bench;

/// <summary>
/// The words generated briefs are made of: the language of EU migration and asylum policy, so that the Porter
/// stemmer, the word families and bm25 see the kind of text the portal really holds.
/// </summary>
public static class Vocabulary
{
    /// <summary>Found in about 0.1 % of briefs: the "rare term" case. It appears nowhere else in this vocabulary.</summary>
    public const string RareWord = "statelessness";

    public const string RareSentence = "The brief also weighs the risk of statelessness for children born on the migration route.";

    public static readonly string[] Subjects =
    [
        "Member States", "The European Commission", "The Council", "The European Parliament", "Local authorities",
        "Civil society organisations", "National asylum services", "Frontex", "The EU Agency for Asylum", "Municipalities",
        "NGOs working at the external borders", "Border authorities", "National courts", "Cities and regions",
        "Social partners", "UNHCR", "Researchers", "Practitioners in reception centres",
    ];

    public static readonly string[] Verbs =
    [
        "should strengthen", "continue to rely on", "have expanded", "must review", "are reconsidering", "increasingly use",
        "rarely assess", "need clearer rules on", "report gaps in", "call for a common approach to", "have tightened",
        "are experimenting with", "disagree on", "underfund", "have suspended", "are asked to evaluate",
    ];

    public static readonly string[] Objects =
    [
        "the detention of asylum seekers", "alternatives to detention", "the return of rejected applicants",
        "the Dublin transfer system", "solidarity mechanisms", "the integration of refugees", "labour market integration",
        "family reunification", "resettlement programmes", "humanitarian corridors", "search and rescue at sea",
        "the criminalisation of humanitarian assistance", "reception conditions", "the age assessment of unaccompanied minors",
        "access to legal aid", "the safe third country concept", "border procedures", "relocation schemes",
        "readmission agreements", "visa policy", "legal pathways for labour migrants", "community sponsorship",
        "housing for beneficiaries of international protection", "language courses", "the recognition of qualifications",
        "smuggling networks", "trafficking in human beings", "the hotspot approach", "the Common European Asylum System",
        "the EU-Turkey Statement", "voluntary return programmes", "the use of EU funds for integration",
        "detained families with children", "the external dimension of migration policy", "the Blue Card directive",
        "the Temporary Protection Directive", "disembarkation arrangements", "asylum interviews", "the Schengen area",
    ];

    public static readonly string[] Qualifiers =
    [
        "in line with the Charter of Fundamental Rights", "at national and local level", "despite limited evidence of effectiveness",
        "under the Pact on Migration and Asylum", "as recommended by UNHCR", "with uneven results across the Union",
        "while procedural safeguards remain weak", "in cooperation with third countries", "to reduce secondary movements",
        "within existing policy frameworks", "since the 2015 arrivals", "after the latest judgments of the Court of Justice",
        "with little involvement of local actors", "at a growing cost for public budgets", "",
        "", "",
    ];

    public static readonly string[] Connectors =
    [
        "However,", "In practice,", "At the same time,", "As a result,", "According to recent research,", "In several countries,",
        "", "", "",
    ];

    public static readonly string[] Findings =
    [
        "The evidence collected in consultations shows that {0} works best when it is planned with municipalities.",
        "Stakeholders consulted for this brief agree that {0} deserves more attention from policy makers.",
        "Data on {0} remain scarce and are rarely comparable between Member States.",
        "Policy debates on {0} are dominated by short-term concerns.",
        "Practitioners describe {0} as the weakest link of the asylum system.",
        "Case law on {0} has developed faster than the legislation.",
    ];

    public static readonly string[] SummaryTemplates =
    [
        "This brief examines {0} and the policy options open to the Union and its Member States.",
        "What has changed in {0} since the reform of EU migration policy, and what should policy makers do next?",
        "An assessment of {0}, based on consultations with researchers, practitioners and policy makers.",
        "The brief maps national practice on {0} and sets out three policy options.",
        "Why {0} matters for the integration of migrants, and how EU policy could support it.",
    ];

    public static readonly string[] TitleTails =
    [
        "what works and what does not", "lessons for the Pact", "options for the next Commission", "a stakeholder view",
        "evidence from the ground", "between law and practice", "time for a rethink", "the local perspective",
        "challenges and opportunities", "a comparative assessment",
    ];

    public static readonly string[] Places =
    [
        "Italy", "Greece", "Spain", "Germany", "Belgium", "the Netherlands", "Sweden", "Poland", "Hungary", "Austria",
        "France", "Malta", "Portugal", "Ireland", "Croatia", "the Western Balkans", "Libya", "Turkey", "the Sahel", "Europe",
    ];

    public static readonly string[] Keywords =
    [
        "detention", "asylum", "Dublin", "return", "integration", "solidarity", "reception", "resettlement",
        "family reunification", "labour migration", "unaccompanied minors", "border procedures", "smuggling",
        "trafficking", "legal pathways", "search and rescue", "relocation", "fundamental rights", "EU funds", "housing",
    ];

    public static readonly string[] FirstNames =
    [
        "Ana", "Marco", "Sophie", "Jan", "Elena", "Tomasz", "Ingrid", "Yusuf", "Claire", "Nikos", "Lucia", "Pieter",
        "Amira", "Jonas", "Katarzyna", "Sergio", "Hanna", "Omar", "Giulia", "Lars",
    ];

    public static readonly string[] LastNames =
    [
        "Ribeiro", "Rossi", "Dubois", "Kowalski", "Papadopoulos", "Jansen", "Lindqvist", "Demir", "Müller", "García",
        "Novak", "Costa", "Schmidt", "O'Brien", "Horvat", "Fischer", "Bianchi", "Nowak", "Martin", "Andersen",
    ];

    public static readonly string[] Organisations =
    [
        "Migration Policy Group", "European Council on Refugees and Exiles", "Centre for European Policy Studies",
        "Platform for International Cooperation on Undocumented Migrants", "EUROCITIES", "Red Cross EU Office",
        "University of Amsterdam", "Lisbon Migration Observatory", "Odysseus Network", "International Detention Coalition",
        "Caritas Europa", "Jesuit Refugee Service Europe",
    ];

    public static readonly (string Area, string[] Topics)[] TopicsByArea =
    [
        ("Migration", ["Legal pathways for work", "Return and readmission", "Smuggling and humanitarian assistance", "Labour shortages and migration"]),
        ("Asylum", ["Detention and its alternatives", "Reform of the Dublin system", "Safe countries and border procedures", "Search and rescue at sea"]),
        ("Integration", ["Housing for refugees", "Recognition of qualifications", "Family reunification", "Local integration strategies"]),
    ];
}
