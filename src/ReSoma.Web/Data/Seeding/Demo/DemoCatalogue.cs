using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>An organisation seeded as demo content: a consortium partner (with a role) or a fictional stakeholder (role null).</summary>
public sealed record DemoOrganisation(string Name, string Country, string Website, string? PartnerRole, string Description);

/// <summary>A topic of one yearly cycle, seeded as demo content; <see cref="Summary"/> is Markdown.</summary>
public sealed record DemoTopic(int Year, Area Area, TopicOrigin Origin, string Title, string Slug, string Summary);

/// <summary>The facts behind the demo portal, written for it (see shared CONTENT-FACTS.md).</summary>
public static class DemoCatalogue
{
    public static IReadOnlyList<DemoOrganisation> Organisations { get; } =
    [
        new(
            "ISMU Foundation",
            "IT",
            "https://www.ismu.org",
            "Coordinator",
            "An independent research centre in Milan that studies migration, diversity and integration in Italy and Europe. It led the ReSOMA consortium, steering the yearly consultation cycles and the project as a whole."),
        new(
            "Ernst & Young",
            "IT",
            "https://www.ey.com",
            "Partner",
            "A global professional services firm offering consulting, assurance and advisory work. Within ReSOMA it contributed expertise in project management and in the organisation of consultation activities."),
        new(
            "Migration Policy Group",
            "BE",
            "https://www.migpolgroup.com",
            "Partner",
            "A Brussels-based think tank that works on migration, integration and anti-discrimination policy and on comparative indicators. In ReSOMA it helped to frame policy options and to turn consultation results into concise policy analysis."),
        new(
            "Erasmus University Rotterdam",
            "NL",
            "https://www.eur.nl",
            "Partner",
            "A Dutch public research university with a strong tradition in public administration and migration studies. It linked ReSOMA to the European research community on migration and supported the move of the platform into IMISCOE."),
        new(
            "PICUM",
            "BE",
            "https://picum.org",
            "Partner",
            "The Platform for International Cooperation on Undocumented Migrants, a network of organisations defending the rights of people without a secure residence status. It brought the experience of its members on the ground to ReSOMA, notably on detention and the criminalisation of solidarity."),
        new(
            "EUROCITIES",
            "BE",
            "https://eurocities.eu",
            "Partner",
            "The network of major European cities, which represents local government in EU policy debates. In ReSOMA it channelled the views of city administrations, especially on integration and on funding at local level."),
        new(
            "Social Platform",
            "BE",
            "https://www.socialplatform.org",
            "Partner",
            "The largest alliance of civil society organisations working on social rights in Europe. It connected ReSOMA with social NGOs and service providers and helped to spread the project's findings."),
        new(
            "ECRE",
            "BE",
            "https://www.ecre.org",
            "Partner",
            "The European Council on Refugees and Exiles, an alliance of non-governmental organisations that protect the rights of refugees and asylum seekers. It contributed legal and policy expertise on the asylum topics of each ReSOMA cycle."),
        new(
            "CEPS",
            "BE",
            "https://www.ceps.eu",
            "Partner",
            "The Centre for European Policy Studies, a Brussels think tank that carries out research on a wide range of EU policies, including justice and home affairs. It provided analysis of EU law and policy on asylum and migration for the project."),
        new(
            "Riverton City Integration Office",
            "NL",
            "https://example.org/riverton-integration",
            null,
            "The municipal department of a mid-sized city that coordinates language courses, housing support and orientation for newcomers (demo organisation)"),
        new(
            "Northvale Regional Refugee Council",
            "SE",
            "https://example.org/northvale-refugee-council",
            null,
            "A regional association of volunteers and caseworkers that advises asylum seekers and refugees on procedures, reception and family reunion (demo organisation)"),
        new(
            "Centre for Migration Studies, University of Eastmoor",
            "DE",
            "https://example.org/eastmoor-migration-centre",
            null,
            "A university research centre that studies labour migration, integration outcomes and public attitudes towards migration (demo organisation)"),
        new(
            "Ministry of Interior Affairs of Westland, Migration Policy Unit",
            "ES",
            "https://example.org/westland-migration-unit",
            null,
            "A national ministry unit that prepares legislation on residence permits, asylum procedures and returns, and represents its government in EU negotiations (demo organisation)"),
    ];

    public static IReadOnlyList<DemoTopic> Topics { get; } =
    [
        // Cycle 2018: asylum
        new(
            2018,
            Area.Asylum,
            TopicOrigin.EuAgenda,
            "Responsibility sharing in EU asylum policy",
            "responsibility-sharing-eu-asylum",
            """
            The Common European Asylum System leaves most of the work with the countries where people first arrive. Proposals to reform the Dublin rules, relocation schemes and voluntary pledges have all tried to spread that work more fairly, yet Member States still disagree on what **solidarity** should mean in practice. The arrivals of 2015 and 2016 made the imbalance between countries impossible to ignore.

            ReSOMA asked stakeholders which forms of sharing have worked, and why others have stalled:
            - permanent or crisis-only mechanisms;
            - sharing people, money or operational support;
            - the role of cities and regions willing to receive more.
            """),
        new(
            2018,
            Area.Asylum,
            TopicOrigin.EuAgenda,
            "The safe third country concept: role and limits",
            "safe-third-country-concept",
            """
            Under the safe third country concept, an asylum application can be declared inadmissible if the applicant could have sought protection in another country outside the EU. The reform of the Asylum Procedures Directive proposed a wider and more binding use of the concept, which raises questions about legal safeguards and about cooperation with countries of transit.

            ReSOMA invited lawyers, researchers and practitioners to discuss how the concept is applied today, what evidence exists on its effects, and which **minimum guarantees** (such as a real connection with the third country and effective remedies) should accompany any wider use.
            """),
        new(
            2018,
            Area.Asylum,
            TopicOrigin.LocalNeed,
            "Reception conditions for asylum seekers",
            "reception-conditions-asylum-seekers",
            """
            Standards of accommodation, healthcare and support for people waiting for an asylum decision still differ widely between and within Member States. Local authorities and NGOs often fill the gaps when national systems are overstretched, and poor conditions can undermine both dignity and later integration.

            ReSOMA consulted service providers and municipalities so that their experience could inform the EU debate on the recast Reception Conditions Directive. Questions included:
            - the practical obstacles to meeting the common standards;
            - small-scale and community-based reception models;
            - how early access to language learning and work could be organised.
            """),

        // Cycle 2018: migration
        new(
            2018,
            Area.Migration,
            TopicOrigin.LocalNeed,
            "The crackdown on NGOs assisting refugees and other migrants",
            "crackdown-on-ngos-criminalisation-of-solidarity",
            """
            Across several Member States, volunteers, rescuers and civil society groups have faced investigations, fines or prosecution for giving help to migrants, a trend often described as the **criminalisation of solidarity**. The EU rules on facilitation of irregular entry and stay leave it to each country to decide whether humanitarian assistance is exempt.

            ReSOMA gathered evidence on cases and their chilling effect on civil society, with a view to a shared observatory. Stakeholders were asked how the rules could be clarified so that humanitarian help is protected while smuggling remains punishable.
            """),
        new(
            2018,
            Area.Migration,
            TopicOrigin.EuAgenda,
            "Return policy and its effectiveness",
            "return-policy-effectiveness",
            """
            Raising the rate of returns of people with no right to stay has become a central goal of EU migration policy, and a recast of the Return Directive was proposed in 2018. Return rates, however, are hard to compare and say little about whether returns are sustainable or respect fundamental rights.

            ReSOMA asked experts and practitioners how effectiveness should be measured, what role **voluntary return** and reintegration support play, and what happens to people who can be neither returned nor regularised. The consultation also looked at cooperation with countries of origin.
            """),
        new(
            2018,
            Area.Migration,
            TopicOrigin.EuAgenda,
            "Legal pathways for labour migration",
            "legal-pathways-labour-migration",
            """
            Many European economies face shortages of workers, yet channels for legal labour migration, especially for medium- and low-skilled work, remain limited and fragmented. The EU has reviewed the Blue Card and discussed pilot projects with partner countries, while most admission decisions stay national. The debate is closely linked to demographic change and to the EU's partnerships with countries of origin.

            ReSOMA consulted employers' and workers' representatives, researchers and cities on:
            - which schemes have matched skills with real demand;
            - how to protect migrant workers against exploitation;
            - whether more legal routes could reduce irregular journeys.
            """),

        // Cycle 2018: integration
        new(
            2018,
            Area.Integration,
            TopicOrigin.LocalNeed,
            "Family reunion for beneficiaries of international protection",
            "family-reunion-beneficiaries-international-protection",
            """
            Being reunited with close relatives is essential for refugees to rebuild their lives, yet many face long waiting times, high fees, strict deadlines and tough documentary requirements. Some Member States have also restricted family reunion for people with subsidiary protection. Delays can leave relatives in danger or push them towards irregular routes.

            ReSOMA brought together legal advisers, NGOs and researchers to map these **hardships and restrictions** and their effect on integration and wellbeing. Stakeholders were asked which practical changes, for example flexible evidence of family ties or help with travel documents, would make the right to family life effective.
            """),
        new(
            2018,
            Area.Integration,
            TopicOrigin.EuAgenda,
            "Labour market integration of refugees",
            "labour-market-integration-refugees",
            """
            Refugees usually take much longer than other migrants to find stable work, because of trauma, interrupted careers, language barriers and the difficulty of having their qualifications recognised. The EU Action Plan on integration made early access to employment a priority, but results vary greatly between countries and cities, and refugee women in particular tend to be left behind.

            ReSOMA asked employers, job centres, researchers and refugee-led groups which measures make the most difference, such as **skills assessment** soon after arrival, mentoring, and work placements combined with language classes, and how EU funds could support them over the long term.
            """),
        new(
            2018,
            Area.Integration,
            TopicOrigin.LocalNeed,
            "Access to services for undocumented migrants",
            "access-to-services-undocumented-migrants",
            """
            People without a residence permit often cannot reach healthcare, education, shelter or justice, even where the law gives them some entitlements. Fear of being reported to immigration authorities keeps many away, and cities are left to decide how far their own services should reach. The issue is seldom on the EU agenda, but it is a daily concern for local services.

            ReSOMA asked cities, health professionals and NGOs about their experience with:
            - **firewalls** between service providers and immigration enforcement;
            - local schemes that guarantee basic care and schooling;
            - the public health and social costs of exclusion.
            """),

        // Cycle 2019: asylum
        new(
            2019,
            Area.Asylum,
            TopicOrigin.EuAgenda,
            "Secondary movements within the European Union",
            "secondary-movements-within-eu",
            """
            Many asylum seekers and refugees move on from the country responsible for them to another Member State, often to join family, find work or escape poor reception conditions. Governments see these **secondary movements** as a sign that the Dublin system is failing, and some have reintroduced internal border checks in response. The issue has become a sticking point in the reform of the asylum system.

            ReSOMA asked stakeholders what the evidence says about the scale and causes of onward movement, whether sanctions and restrictions actually discourage it, and which incentives, such as meaningful links and faster recognition of status, could work better.
            """),
        new(
            2019,
            Area.Asylum,
            TopicOrigin.EuAgenda,
            "Implementing the Global Compact on Refugees",
            "global-compact-on-refugees-implementation",
            """
            The Global Compact on Refugees, affirmed by the UN General Assembly in 2018, aims to share responsibility for refugees more fairly between states. It covers support to host countries, self-reliance of refugees, resettlement and other legal routes, and conditions for safe return. It is not binding and relies on pledges that states and other actors make voluntarily.

            ReSOMA invited experts to consider what the compact means for the EU and its Member States:
            - **resettlement** commitments and complementary pathways;
            - EU funding for host countries outside Europe;
            - how progress could be monitored and reported at the first Global Refugee Forum.
            """),
        new(
            2019,
            Area.Asylum,
            TopicOrigin.EuAgenda,
            "Search and rescue and Dublin: ad hoc responses to refused disembarkation",
            "search-and-rescue-disembarkation-dublin",
            """
            Since 2018, ships carrying people rescued in the Mediterranean have repeatedly been kept at sea while governments argued over where they could land. Each time, a few Member States agreed case by case to relocate those on board, outside any agreed EU procedure. Meanwhile, NGO rescue ships faced growing restrictions and state-led operations at sea were scaled back.

            ReSOMA asked stakeholders what these **ad hoc arrangements** reveal about the limits of the Dublin rules, how they affect the rights and safety of the people concerned, and what a predictable, rights-based mechanism for disembarkation and relocation might look like.
            """),

        // Cycle 2019: migration
        new(
            2019,
            Area.Migration,
            TopicOrigin.LocalNeed,
            "Strategic litigation of criminalisation cases",
            "strategic-litigation-criminalisation-cases",
            """
            Following the 2018 work on the criminalisation of solidarity, civil society asked how court cases could be used to defend humanitarian actors and migrants themselves. Well-chosen cases can clarify the law, set precedents at national and European level and shift public perceptions. Litigation is also slow, costly and stressful for those involved, so choices need care.

            ReSOMA consulted lawyers, NGOs and researchers on:
            - which cases have led to acquittals or useful judgments;
            - how to coordinate **strategic litigation** across countries;
            - what support defendants and organisations need during long proceedings.
            """),
        new(
            2019,
            Area.Migration,
            TopicOrigin.EuAgenda,
            "Implementing the Global Compact on Migration",
            "global-compact-on-migration-implementation",
            """
            The Global Compact for Safe, Orderly and Regular Migration, adopted in Marrakesh in December 2018, is the first broad international framework on migration. It is not legally binding, and several EU Member States chose not to endorse it, so the EU could not speak with one voice. Its adoption was accompanied by an intense and often misleading public debate in several countries.

            ReSOMA asked stakeholders how the compact's objectives, from reducing vulnerability to improving data, relate to existing EU policy, where cities and civil society can take implementation forward, and how the **divided position** of Member States affects the EU's credibility.
            """),
        new(
            2019,
            Area.Migration,
            TopicOrigin.LocalNeed,
            "The increasing use of immigration detention",
            "detention-increasing-use",
            """
            Detention of migrants, including families and sometimes children, is being used more often and for longer, both before return and during border procedures. EU law says it should be a last resort, but practitioners report that less restrictive options are rarely tried first. Conditions in detention and access to legal aid also vary greatly.

            ReSOMA asked NGOs, lawyers and researchers to share evidence on the human and financial costs of detention and on **alternatives to detention**, such as case management in the community, and whether these help people to comply with immigration procedures.
            """),

        // Cycle 2019: integration
        new(
            2019,
            Area.Integration,
            TopicOrigin.LocalNeed,
            "Funding a long-term comprehensive approach to integration at local level",
            "funding-local-integration",
            """
            Cities and towns carry much of the day-to-day work of integration, yet they often depend on short project grants and find it hard to reach EU funds directly. The negotiations on the next EU budget raised the question of how much money should go to integration and who should manage it. Integration takes years, while funding often lasts only months.

            ReSOMA consulted local authorities and civil society on:
            - **direct access** for cities to EU funding;
            - combining migration, social and regional funds;
            - moving from short projects to lasting services.
            """),
        new(
            2019,
            Area.Integration,
            TopicOrigin.LocalNeed,
            "Public opinion on migration",
            "public-opinion-on-migration",
            """
            Public attitudes towards migration shape what politicians believe is possible, yet surveys show a more mixed and stable picture than heated debates suggest. Many people hold both concerns and positive views, and perceptions of numbers are often far from the facts. Media coverage and political framing also play a large part.

            ReSOMA asked researchers, communication professionals and civil society which messages and **narratives** build trust, how the **middle ground** of the public can be reached, and what policymakers can learn from opinion research when they design and explain migration and integration policies.
            """),
        new(
            2019,
            Area.Integration,
            TopicOrigin.EuAgenda,
            "Private sponsorship programmes for refugees",
            "private-sponsorship-programmes",
            """
            In private or community sponsorship, groups of citizens, faith communities or organisations support refugees who arrive through resettlement or humanitarian admission, helping with housing, orientation and social contacts. Several Member States have tested such schemes, and the EU has shown interest in expanding them. Canada's long experience is often cited as a model, although how far it can be transferred is debated.

            ReSOMA asked stakeholders what the first programmes have achieved for integration, how sponsors can be supported and protected from burnout, and how to make sure sponsorship adds places **on top of** government resettlement rather than replacing it.
            """),
    ];
}
