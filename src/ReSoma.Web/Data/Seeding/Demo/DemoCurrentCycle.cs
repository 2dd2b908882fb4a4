using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>A topic that is new in the current demo cycle; <see cref="Summary"/> is Markdown.</summary>
public sealed record DemoNewTopic(Area Area, TopicOrigin Origin, string Title, string Slug, string Summary);

/// <summary>
/// The nine topics of the current demo cycle, whatever its year: one question per area carried over from 2019 (a later
/// entry of the 2019 topic, so its page tells both cycles) and six new ones, among them the first themes discussed once
/// ReSOMA moved into IMISCOE. Their text avoids dates, because the cycle's year is the year of seeding.
/// </summary>
public static class DemoCurrentCycle
{
    /// <summary>The 2019 topics the current cycle carries on, by their first entry's address.</summary>
    public static IReadOnlyList<string> CarriedFrom2019 { get; } =
    [
        "secondary-movements-within-eu",
        "detention-increasing-use",
        "funding-local-integration",
    ];

    /// <summary>A carried topic's own address in the current cycle, as an admin's opening of the cycle gives it; the
    /// address only leads to the first entry's page.</summary>
    public static string CarriedSlug(string firstEntrySlug, int year) => $"{firstEntrySlug}-{year}";

    public static IReadOnlyList<DemoNewTopic> NewTopics { get; } =
    [
        new(
            Area.Asylum,
            TopicOrigin.EuAgenda,
            "Safeguards in asylum border procedures",
            "safeguards-in-asylum-border-procedures",
            """
            More applications are examined at the external border, often in closed facilities and within weeks. Faster decisions can spare people long uncertainty, but speed puts **legal safeguards** under strain: access to a lawyer, a proper interview, attention to vulnerable people and an effective appeal.

            The platform asks lawyers, border monitors and researchers:
            - which safeguards are hardest to keep at the border, and why;
            - how children and survivors of violence are identified in time;
            - what independent monitoring has found so far.
            """),
        new(
            Area.Asylum,
            TopicOrigin.LocalNeed,
            "Asylum procedures at a distance",
            "asylum-procedures-at-a-distance",
            """
            Interviews by video, online registration and legal counselling by phone have become ordinary tools in several Member States. They can shorten journeys and waiting times, yet they also change how applicants tell their story and how officials judge it.

            Proposed by practitioners, this topic collects their experience: when remote steps **speed up procedures without lowering safeguards**, when they do not, and which conditions (a private room, a good interpreter, a way to show documents) make the difference.
            """),
        new(
            Area.Migration,
            TopicOrigin.LocalNeed,
            "Essential workers with temporary permits",
            "essential-workers-with-temporary-permits",
            """
            Harvests, care homes and deliveries depend on people holding short or seasonal permits, often tied to one employer. When that employer is the only way to stay, complaining about unpaid wages or unsafe work becomes a risk few can take.

            Stakeholders who proposed the topic asked the platform to look at:
            - permits that let workers **change employer** without losing their status;
            - inspections and complaint channels that migrants can use safely;
            - whether legal routes into these jobs should be widened.
            """),
        new(
            Area.Migration,
            TopicOrigin.EuAgenda,
            "Skills partnerships with countries of origin",
            "skills-partnerships-with-countries-of-origin",
            """
            Talent and skills partnerships pair training in a country of origin with jobs in Europe, so that both sides gain: employers find workers, and the country of origin keeps part of the trained people and the schools that trained them.

            The platform asks employers, training providers and researchers which pilots **matched real demand**, how costs and benefits were shared, and what it takes for a partnership to outlive its first grant.
            """),
        new(
            Area.Integration,
            TopicOrigin.EuAgenda,
            "Migrants' needs in crisis responses: lessons from COVID-19",
            "migrants-needs-in-crisis-responses",
            """
            The pandemic showed how quickly emergency measures are designed, and how often they rely on registers that leave out people with a precarious residence status. Some cities and governments answered by opening testing and treatment to all and by extending permits automatically.

            Taking up one of the first themes discussed once ReSOMA joined IMISCOE, the platform asks which of those responses **included migrants** from the start, what they cost, and how future crisis plans could do the same by design.
            """),
        new(
            Area.Integration,
            TopicOrigin.LocalNeed,
            "Anti-racism as part of integration policy",
            "anti-racism-in-integration-policy",
            """
            Integration strategies say a lot about what newcomers should do and little about the discrimination they and their children meet at work, at school and when looking for a home. Yet discrimination lowers employment, pay and trust in institutions.

            Another of the first IMISCOE themes, proposed by a researcher: the platform gathers what research says about **structural racism** and which national and local anti-racism plans have shown measurable results.
            """),
    ];
}
