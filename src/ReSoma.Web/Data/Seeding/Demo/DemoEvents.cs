using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>A session of a demo event's programme; times are wall-clock times in the event's zone.</summary>
public sealed record DemoSession(DateTime Starts, DateTime Ends, string Title, string Speakers = "", string Themes = "");

/// <summary>
/// A demo event, its times as wall-clock times in <see cref="TimeZoneId"/>. <see cref="Capacity"/> null means it took no
/// registrations; otherwise <see cref="Registrations"/> demo participants hold seats (or wait, beyond the capacity).
/// </summary>
public sealed record DemoEvent(
    string Slug, EventKind Kind, string Title, string Summary, string Description, string TimeZoneId, DateTime Starts, DateTime Ends,
    string? Venue, string? City, string? OnlineLink, IReadOnlyList<string> TopicSlugs, IReadOnlyList<DemoSession> Sessions,
    int? Capacity = null, int Registrations = 0, DateTime? RegistrationDeadline = null);

/// <summary>The events of both historical cycles, written for the demo portal (see shared CONTENT-FACTS.md), ending with
/// the final conference in Lisbon; and two upcoming events on the current cycle's topics, dated from the day of seeding
/// (a webinar open for registration, so the flow can be tried, and a workshop). Topic slugs name the topic's page: the
/// historical events' topics are 2018 and 2019 entries, the upcoming ones' are the current cycle's.</summary>
public static class DemoEvents
{
    /// <summary>The address other demo content (news) links to; it must not change.</summary>
    public const string FinalConferenceSlug = "resoma-final-conference-lisbon";

    /// <summary>The five themes of the final conference, as its programme names them.</summary>
    public static IReadOnlyList<string> FinalConferenceThemes { get; } =
    [
        "Funding integration at local level",
        "Cities as service providers to migrant populations",
        "The coming of age of migration studies",
        "Linking research and policy",
        "New alliances between research and societal stakeholders",
    ];

    public static IReadOnlyList<DemoEvent> All(DateTimeOffset now) => [.. History, .. Upcoming(now)];

    public static IReadOnlyList<DemoEvent> Upcoming(DateTimeOffset now) => [UpcomingWebinar(now), UpcomingWorkshop(now)];

    private static string Speaker(DemoAuthor a) => $"{a.Name} ({a.Organisation})";

    private static string Speakers(params DemoAuthor[] authors) => string.Join("; ", authors.Select(Speaker));

    private static DateTime At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0);

    public static IReadOnlyList<DemoEvent> History { get; } =
    [
        new("resoma-kick-off-meeting-brussels", EventKind.Conference,
            "ReSOMA kick-off meeting, Brussels",
            "The consortium and its first experts meet to launch the Research Social Platform on Migration and Asylum and to choose how the first cycle will work.",
            """
            ReSOMA brings researchers, policymakers and practitioners together so that evidence reaches EU policy on migration, asylum and integration **while the decisions are still being made**.

            This first meeting presents the platform and its yearly cycle:

            1. set and respond to the policy agenda;
            2. outline policy options and responses;
            3. challenge perceived policy dilemmas and offer alternatives;
            4. inform the political and public debate.

            In the afternoon, participants discuss the first topics, chosen both from the EU agenda and from local and national needs that have not yet reached it.
            """,
            "Europe/Brussels", At(2018, 2, 27, 10), At(2018, 2, 27, 17),
            "Meeting centre, Rue Belliard 20 (demo address)", "Brussels", null,
            ["responsibility-sharing-eu-asylum", "safe-third-country-concept", "family-reunion-beneficiaries-international-protection", "crackdown-on-ngos-criminalisation-of-solidarity"],
            [
                new(At(2018, 2, 27, 10), At(2018, 2, 27, 10, 30), "Welcome: why a research social platform", Speakers(DemoExperts.Ferraresi), "Linking research and policy"),
                new(At(2018, 2, 27, 10, 30), At(2018, 2, 27, 12), "How a ReSOMA cycle works, from agenda to debate", Speakers(DemoExperts.DeVries, DemoExperts.Sa), "Linking research and policy"),
                new(At(2018, 2, 27, 13), At(2018, 2, 27, 15), "Choosing the first topics: the EU agenda and the needs on the ground", Speakers(DemoExperts.Lindqvist, DemoExperts.VanDenBroeck, DemoExperts.Dufresne), "Asylum; Migration; Integration"),
                new(At(2018, 2, 27, 15, 15), At(2018, 2, 27, 16, 30), "Building the network of experts and stakeholders", Speakers(DemoExperts.Lefevre, DemoExperts.Ibanez), "New alliances between research and societal stakeholders"),
                new(At(2018, 2, 27, 16, 30), At(2018, 2, 27, 17), "Next steps and closing", Speakers(DemoExperts.Ferraresi)),
            ]),
        new("feedback-meeting-family-reunion-for-refugees", EventKind.FeedbackMeeting,
            "Feedback meeting: family reunion for beneficiaries of international protection",
            "Lawyers, NGOs and national officials test the first policy options on the obstacles refugees meet when they try to bring their families.",
            """
            Waiting periods, income requirements and short deadlines keep many refugees and people with subsidiary protection apart from their families for years.

            The meeting discusses the **draft options** of the policy brief: which restrictions the evidence shows to be most harmful, and what the EU and member states could change first. Participants' comments are taken into the final brief.
            """,
            "Europe/Brussels", At(2018, 6, 12, 14), At(2018, 6, 12, 17, 30),
            "ECRE meeting room, Avenue des Arts 7 (demo address)", "Brussels", null,
            ["family-reunion-beneficiaries-international-protection"],
            [
                new(At(2018, 6, 12, 14), At(2018, 6, 12, 14, 45), "What the evidence shows: restrictions and their effects", Speakers(DemoExperts.Vasilescu), "Family reunion"),
                new(At(2018, 6, 12, 14, 45), At(2018, 6, 12, 16, 15), "Discussion of the draft policy options", Speakers(DemoExperts.Ostergaard, DemoExperts.Aberg), "Family reunion; Linking research and policy"),
                new(At(2018, 6, 12, 16, 30), At(2018, 6, 12, 17, 30), "Priorities for the final brief", Speakers(DemoExperts.Lindqvist)),
            ],
            Capacity: 25, Registrations: 21, RegistrationDeadline: At(2018, 6, 8, 18)),
        new("webinar-crackdown-on-ngos-assisting-migrants", EventKind.Webinar,
            "Webinar: the crackdown on NGOs assisting refugees and other migrants",
            "An hour and a half online on prosecutions of people and organisations who help migrants, and on the evidence gathered for an observatory.",
            """
            Across Europe, volunteers, rescue crews and NGOs have been investigated or prosecuted for helping refugees and other migrants.

            The webinar presents the **cases collected so far** for an observatory of the criminalisation of solidarity, and what they say about the EU rules on facilitation. Questions can be asked in the chat.
            """,
            "Europe/Brussels", At(2018, 10, 17, 11), At(2018, 10, 17, 12, 30),
            null, null, "https://webinar.example.org/resoma-solidarity",
            ["crackdown-on-ngos-criminalisation-of-solidarity"],
            [
                new(At(2018, 10, 17, 11), At(2018, 10, 17, 11, 30), "The facilitation rules and their humanitarian exemption", Speakers(DemoExperts.Horak), "Criminalisation of solidarity"),
                new(At(2018, 10, 17, 11, 30), At(2018, 10, 17, 12), "Cases for the observatory", Speakers(DemoExperts.Wisniewska), "Criminalisation of solidarity"),
                new(At(2018, 10, 17, 12), At(2018, 10, 17, 12, 30), "Questions and answers", Speakers(DemoExperts.Horak, DemoExperts.Wisniewska)),
            ]),
        new("workshop-disembarkation-and-the-dublin-rules", EventKind.Workshop,
            "Workshop: disembarkation, relocation and the Dublin rules",
            "A day in Brussels with researchers, NGOs and officials on ad hoc arrangements after refused disembarkations, and on secondary movements.",
            """
            Each time a rescue ship was refused a port, a new arrangement was negotiated for the people on board. The workshop asks what a **predictable** mechanism would need, and how the Dublin rules shape the movements of asylum seekers within the EU.

            The morning reviews the evidence; the afternoon works on options in small groups.
            """,
            "Europe/Brussels", At(2019, 5, 21, 9, 30), At(2019, 5, 21, 16),
            "CEPS conference room, Place du Congrès 1 (demo address)", "Brussels", null,
            ["search-and-rescue-disembarkation-dublin", "secondary-movements-within-eu"],
            [
                new(At(2019, 5, 21, 9, 30), At(2019, 5, 21, 11), "Ad hoc disembarkation arrangements: what happened ship by ship", Speakers(DemoExperts.Nowicki, DemoExperts.Ostergaard), "Search and rescue; Responsibility sharing"),
                new(At(2019, 5, 21, 11, 15), At(2019, 5, 21, 12, 30), "Why asylum seekers move on: evidence on secondary movements", Speakers(DemoExperts.Weissmann), "Secondary movements; Dublin"),
                new(At(2019, 5, 21, 13, 30), At(2019, 5, 21, 15, 15), "Working groups: options for a predictable mechanism", "", "Linking research and policy"),
                new(At(2019, 5, 21, 15, 15), At(2019, 5, 21, 16), "Report-back and next steps", Speakers(DemoExperts.Lindqvist)),
            ],
            Capacity: 30, Registrations: 30, RegistrationDeadline: At(2019, 5, 14, 18)),
        new("feedback-meeting-funding-integration-in-cities", EventKind.FeedbackMeeting,
            "Feedback meeting: funding a long-term approach to integration in cities",
            "City officials and EU policymakers discuss how integration funding could reach local authorities beyond short project cycles.",
            """
            Cities run much of the integration work — language courses, housing, orientation — yet their funding often arrives in **short, competitive projects**.

            The meeting discusses the options of the policy brief on funding integration at local level: direct access to EU funds, multi-annual budgets, and partnerships with civil society.
            """,
            "Europe/Brussels", At(2019, 9, 24, 14), At(2019, 9, 24, 17, 30),
            "EUROCITIES office, Square de Meeûs 1 (demo address)", "Brussels", null,
            ["funding-local-integration"],
            [
                new(At(2019, 9, 24, 14), At(2019, 9, 24, 14, 40), "How integration is funded today: a short map", Speakers(DemoExperts.Makela), "Funding integration at local level"),
                new(At(2019, 9, 24, 14, 40), At(2019, 9, 24, 16, 15), "Discussion of the draft options", Speakers(DemoExperts.Juric, DemoExperts.Kooistra), "Funding integration at local level; Cities as service providers to migrant populations"),
                new(At(2019, 9, 24, 16, 30), At(2019, 9, 24, 17, 30), "What cities need from the next EU budget", Speakers(DemoExperts.VanDenBroeck)),
            ],
            Capacity: 20, Registrations: 16, RegistrationDeadline: At(2019, 9, 20, 12)),
        new("webinar-implementing-the-global-compacts", EventKind.Webinar,
            "Webinar: from pledges to practice, implementing the Global Compacts",
            "How the EU and its member states are putting the Global Compacts on Refugees and on Migration into practice, one year on.",
            """
            A year after the Global Compacts were adopted, speakers compare **pledges and practice**: resettlement and complementary pathways, support to host countries, and safe and regular migration.

            The webinar took registrations so that speakers could prepare for the participants' questions.
            """,
            "Europe/Brussels", At(2019, 10, 8, 14), At(2019, 10, 8, 15, 30),
            null, null, "https://webinar.example.org/resoma-global-compacts",
            ["global-compact-on-refugees-implementation", "global-compact-on-migration-implementation"],
            [
                new(At(2019, 10, 8, 14), At(2019, 10, 8, 14, 30), "The Global Compact on Refugees: pledges and results", Speakers(DemoExperts.Vasilescu), "Global Compact on Refugees"),
                new(At(2019, 10, 8, 14, 30), At(2019, 10, 8, 15), "The Global Compact on Migration in EU policy", Speakers(DemoExperts.Papadakis), "Global Compact on Migration"),
                new(At(2019, 10, 8, 15), At(2019, 10, 8, 15, 30), "Questions from participants", Speakers(DemoExperts.Vasilescu, DemoExperts.Papadakis)),
            ],
            Capacity: 100, Registrations: 24, RegistrationDeadline: At(2019, 10, 7, 18)),
        new(FinalConferenceSlug, EventKind.Conference,
            "ReSOMA final conference, Lisbon",
            "Two days in Lisbon to take stock of ReSOMA's cycles on migration, asylum and integration, and to hand the platform over to the IMISCOE research network.",
            """
            After two cycles of topics, consultations and briefs, ReSOMA's final conference brings its experts, policymakers and practitioners together in Lisbon.

            The programme follows five themes:

            - **funding integration at local level**;
            - **cities as service providers** to migrant populations;
            - **the coming of age of migration studies**;
            - **linking research and policy**;
            - **new alliances** between research and societal stakeholders.

            The closing session marks the move of ReSOMA into the **IMISCOE research network**: the platform continues in the Migration Research Hub, together with the CrossMigration project, choosing new topics each year after a six-month feedback loop.
            """,
            "Europe/Lisbon", At(2020, 2, 5, 9), At(2020, 2, 6, 16, 15),
            "Conference centre, Avenida da Liberdade 110 (demo address)", "Lisbon", null,
            ["funding-local-integration", "access-to-services-undocumented-migrants", "public-opinion-on-migration"],
            [
                new(At(2020, 2, 5, 9), At(2020, 2, 5, 9, 30), "Registration and welcome coffee"),
                new(At(2020, 2, 5, 9, 30), At(2020, 2, 5, 10, 15), "Opening: two cycles of ReSOMA", Speakers(DemoExperts.Ferraresi, DemoExperts.Ibanez), "Linking research and policy"),
                new(At(2020, 2, 5, 10, 15), At(2020, 2, 5, 12), "Plenary: funding integration at local level", Speakers(DemoExperts.VanDenBroeck, DemoExperts.Makela, DemoExperts.Kooistra), "Funding integration at local level"),
                new(At(2020, 2, 5, 13, 30), At(2020, 2, 5, 15, 15), "Panel: cities as service providers to migrant populations", Speakers(DemoExperts.Juric, DemoExperts.Dufresne, DemoExperts.OConnell), "Cities as service providers to migrant populations; Funding integration at local level"),
                new(At(2020, 2, 5, 15, 30), At(2020, 2, 5, 17, 15), "Panel: the coming of age of migration studies", Speakers(DemoExperts.DeVries, DemoExperts.Schafer, DemoExperts.Nowicki), "The coming of age of migration studies"),
                new(At(2020, 2, 6, 9, 30), At(2020, 2, 6, 11, 15), "Plenary: linking research and policy", Speakers(DemoExperts.Sa, DemoExperts.Horak, DemoExperts.Lindqvist), "Linking research and policy"),
                new(At(2020, 2, 6, 11, 30), At(2020, 2, 6, 13), "Round table: new alliances between research and societal stakeholders", Speakers(DemoExperts.Lefevre, DemoExperts.Aberg, DemoExperts.Carvalho), "New alliances between research and societal stakeholders"),
                new(At(2020, 2, 6, 14, 15), At(2020, 2, 6, 15, 45), "Closing session: ReSOMA joins IMISCOE, the Migration Research Hub and the CrossMigration project", Speakers(DemoExperts.Weissmann, DemoExperts.Bianchini), "Linking research and policy; The coming of age of migration studies"),
                new(At(2020, 2, 6, 15, 45), At(2020, 2, 6, 16, 15), "Closing remarks", Speakers(DemoExperts.Ferraresi)),
            ],
            Capacity: 180, Registrations: 37, RegistrationDeadline: At(2020, 1, 29, 18)),
    ];

    /// <summary>An online webinar three weeks after the day of seeding, open for registration, so the flow can be tried.</summary>
    private static DemoEvent UpcomingWebinar(DateTimeOffset now)
    {
        var day = Infrastructure.Calendar.ZonedTime.ToLocal(now, "Europe/Brussels").Date.AddDays(21);
        return new("webinar-resoma-evidence-in-the-migration-research-hub", EventKind.Webinar,
            "Webinar: finding ReSOMA's evidence in the Migration Research Hub",
            "A short guided tour of where ReSOMA's briefs and consultation results live now that the platform continues inside IMISCOE.",
            """
            Since 2020 ReSOMA continues inside the IMISCOE research network. This webinar shows **where to find** the briefs, the consultation results and the expert network in the Migration Research Hub, and how to propose a topic for the next yearly cycle.

            Seats are limited so that there is time for everyone's questions; the link to join is shown on this page to people with a confirmed seat.
            """,
            "Europe/Brussels", day.AddHours(14), day.AddHours(15).AddMinutes(30),
            null, null, "https://webinar.example.org/resoma-migration-research-hub",
            ["funding-local-integration", "anti-racism-in-integration-policy"],
            [
                new(day.AddHours(14), day.AddHours(14).AddMinutes(30), "A tour of the Migration Research Hub", Speakers(DemoExperts.Weissmann), "Linking research and policy"),
                new(day.AddHours(14).AddMinutes(30), day.AddHours(15), "Proposing a topic for the next cycle", Speakers(DemoExperts.Carvalho), "New alliances between research and societal stakeholders"),
                new(day.AddHours(15), day.AddHours(15).AddMinutes(30), "Questions and answers", Speakers(DemoExperts.Weissmann, DemoExperts.Carvalho)),
            ],
            Capacity: 60, Registrations: 12, RegistrationDeadline: day.AddDays(-1).AddHours(18));
    }

    /// <summary>A one-day workshop in Brussels six weeks after the day of seeding; it takes no registrations (the
    /// organisers invite by name), so the event page shows the programme only.</summary>
    private static DemoEvent UpcomingWorkshop(DateTimeOffset now)
    {
        var day = Infrastructure.Calendar.ZonedTime.ToLocal(now, "Europe/Brussels").Date.AddDays(42);
        return new("workshop-safeguards-in-asylum-procedures-at-the-border-and-at-a-distance", EventKind.Workshop,
            "Workshop: safeguards at the border and at a distance",
            "Border monitors, lawyers and asylum officials compare what keeps a procedure fair when it runs in a border facility or over a video link.",
            """
            Two of this cycle's asylum topics meet in one question: what does a **fair procedure** need when the applicant is held at the border, or speaks to the official through a screen?

            The morning reviews what independent monitors and practitioners have found; the afternoon turns the findings into options for policymakers. Participants are invited by the organisers; the programme is public.
            """,
            "Europe/Brussels", day.AddHours(9).AddMinutes(30), day.AddHours(16),
            "ECRE meeting room, Avenue des Arts 7 (demo address)", "Brussels", null,
            ["safeguards-in-asylum-border-procedures", "asylum-procedures-at-a-distance"],
            [
                new(day.AddHours(9).AddMinutes(30), day.AddHours(11), "What border monitoring has found", Speakers(DemoExperts.Lindqvist, DemoExperts.Vasilescu), "Safeguards; Border procedures"),
                new(day.AddHours(11).AddMinutes(15), day.AddHours(12).AddMinutes(30), "Interviews by video: practitioners' experience", Speakers(DemoExperts.Aberg, DemoExperts.Ostergaard), "Procedures at a distance"),
                new(day.AddHours(13).AddMinutes(30), day.AddHours(15).AddMinutes(15), "Working groups: what a fair procedure needs", "", "Linking research and policy"),
                new(day.AddHours(15).AddMinutes(15), day.AddHours(16), "Report-back and next steps", Speakers(DemoExperts.Horak)),
            ]);
    }
}
