using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>
/// A demo consultation. Times are days from the day its list is dated from: the day of seeding for
/// <see cref="DemoConsultations.Current"/>, so a new portal always has open ones, and <see cref="DemoConsultations.HistoryDay"/>
/// for the consultations of 2019. <see cref="TopicSlug"/> names the topic's page (a carried topic by its first entry).
/// </summary>
public sealed record DemoConsultation(
    string TopicSlug, ConsultationFormat Format, string Title, string Description, double StartsInDays, double Hours,
    double DeadlineInDays, string? Place, string? OnlineLink, int Capacity, int Registrations, bool ShowContributions,
    IReadOnlyList<(string Title, string Body)> Contributions);

/// <summary>
/// Consultations on the current cycle's topics, one or more of each format, open or upcoming (one full with a waitlist);
/// and past ones on 2019 topics, held in 2019.
/// </summary>
public static class DemoConsultations
{
    /// <summary>The day the 2019 consultations are dated from: early June 2019, in the middle of that cycle's consultations.</summary>
    public static readonly DateOnly HistoryDay = new(2019, 6, 3);

    public static IReadOnlyList<DemoConsultation> All => [.. Current, .. History];

    /// <summary>On the current cycle's topics: running or ahead of the day of seeding.</summary>
    public static IReadOnlyList<DemoConsultation> Current { get; } =
    [
        new("anti-racism-in-integration-policy", ConsultationFormat.OnlineSurvey,
            "Survey: which anti-racism measures make a difference where you work?",
            "City officials, teachers, employers and researchers: tell us which measures against discrimination you have seen at work in recruitment, housing, schools or public services, and which of them changed anything.\n\nThe survey takes about **15 minutes**. Answers are anonymised and feed the policy option brief on this topic.",
            -2, 24 * 20, 14, null, "https://survey.example.org/resoma-anti-racism", 300, 37, false, []),
        new("funding-local-integration", ConsultationFormat.FeedbackMeeting,
            "Feedback meeting: funding integration for the long term",
            "A half-day meeting in Brussels with city officials, NGOs and EU policymakers to test the options for funding local integration beyond project cycles.\n\n- How can EU funds reach cities directly?\n- What would a multi-annual local integration budget look like?\n\nSeats are limited so that everyone can speak.",
            12, 5, 9, "Brussels, Rue de la Loi 42 (demo address)", null, 25, 22, false, []),
        new("detention-increasing-use", ConsultationFormat.FeedbackMeeting,
            "Feedback meeting: alternatives to detention in practice",
            "Practitioners who run case-management and community-based alternatives share what works, with researchers and ministry officials.\n\nThe meeting is **full**; join the waitlist and you will be told at once if a seat frees up.",
            18, 4, 15, "Rome, demo venue near Termini", null, 12, 16, false, []),
        new("secondary-movements-within-eu", ConsultationFormat.VideoInterview,
            "Video interviews: why asylum seekers move on",
            "Short recorded interviews (20 minutes, online) with researchers and practitioners who work with people who moved between member states after applying for asylum. Selected extracts will accompany the policy option brief.",
            7, 8, 5, null, "https://meet.example.org/resoma-video-interviews", 8, 3, false, []),
        new("migrants-needs-in-crisis-responses", ConsultationFormat.WrittenContributionCall,
            "Call for written contributions: crisis plans that include everyone",
            "Send us evidence of emergency measures that reached people with a precarious residence status: open testing and treatment, automatic extension of permits, emergency income support. Who decided, what did it cost, and what happened afterwards? Contributions of 500 to 2,000 words are most useful; you may attach a PDF.",
            0, 24 * 30, 28, null, null, 500, 5, true, []),
    ];

    /// <summary>On 2019 topics, held in 2019 (days from <see cref="HistoryDay"/>).</summary>
    public static IReadOnlyList<DemoConsultation> History { get; } =
    [
        // 21 May 2019, registration until 16 May.
        new("search-and-rescue-disembarkation-dublin", ConsultationFormat.FeedbackMeeting,
            "Feedback meeting: disembarkation and ad hoc relocation",
            "A meeting held in Madrid with NGOs, coast guards and national officials on what the ad hoc arrangements after refused disembarkations have meant in practice.",
            -13, 5, -18, "Madrid (demo venue)", null, 30, 24, true,
            [
                ("Predictability matters more than numbers", "Each ad hoc arrangement was negotiated ship by ship. From the point of view of rescue organisations, a **predictable** mechanism, even a modest one, would save days at sea."),
                ("Relocation pledges and actual transfers", "In our experience pledges were announced quickly but transfers took months. Tracking pledges against transfers publicly would build trust between member states."),
            ]),
        // From 18 March 2019 for 30 days, contributions until 15 April.
        new("strategic-litigation-criminalisation-cases", ConsultationFormat.WrittenContributionCall,
            "Call for written contributions: litigating the criminalisation of solidarity",
            "Lawyers and NGOs were invited to share cases in which assistance to migrants was prosecuted, and what litigation achieved.",
            -77, 24 * 30, -49, null, null, 200, 6, true,
            [
                ("A humanitarian exemption that courts applied", "In two cases we followed, courts read the humanitarian purpose of the help as excluding criminal intent. Guidance at EU level could make this reading the rule rather than the exception."),
            ]),
    ];

    /// <summary>Fictional participants who fill the demo seats; they cannot log in.</summary>
    public static IReadOnlyList<(string Name, string Role, string Country)> Participants { get; } =
    [
        ("Marta Kowalczyk", Roles.Researcher, "PL"), ("Jonas Berg", Roles.Practitioner, "SE"), ("Elena Marin", Roles.Policymaker, "RO"),
        ("Luca Bianchi", Roles.Researcher, "IT"), ("Aoife Byrne", Roles.Practitioner, "IE"), ("Pieter Janssens", Roles.Policymaker, "BE"),
        ("Nadia Benali", Roles.Practitioner, "FR"), ("Tomás Ruiz", Roles.Researcher, "ES"), ("Katarina Novak", Roles.Policymaker, "SI"),
        ("Mehmet Yilmaz", Roles.Practitioner, "DE"), ("Sofia Papadopoulou", Roles.Researcher, "GR"), ("Anna Virtanen", Roles.Policymaker, "FI"),
        ("David Cohen", Roles.Researcher, "NL"), ("Ioana Popescu", Roles.Practitioner, "RO"), ("Jakub Dvořák", Roles.Policymaker, "CZ"),
        ("Clara Fischer", Roles.Researcher, "AT"), ("Rui Almeida", Roles.Practitioner, "PT"), ("Eva Horváth", Roles.Policymaker, "HU"),
        ("Lars Nielsen", Roles.Researcher, "DK"), ("Chiara Romano", Roles.Practitioner, "IT"), ("Ruta Kazlauskaite", Roles.Researcher, "LT"),
        ("Hugo Lefèvre", Roles.Policymaker, "FR"), ("Maja Petrović", Roles.Practitioner, "HR"), ("Oskar Lund", Roles.Researcher, "SE"),
    ];
}
