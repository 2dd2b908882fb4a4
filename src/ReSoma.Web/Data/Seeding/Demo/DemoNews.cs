namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>A demo news item, published on its date. <see cref="AboutFinalConference"/> links it to the Lisbon event when that exists.</summary>
public sealed record DemoNewsItem(DateOnly Date, string Title, string Teaser, string Body, IReadOnlyList<string> TopicSlugs, bool AboutFinalConference = false);

/// <summary>
/// ReSOMA's story told in news items (demo text): from the launch in 2018 to the move into IMISCOE in 2020, then the
/// current cycle's opening and its consultations, dated from the day of seeding. Topic slugs name the topic's page: the
/// history's topics are 2018 and 2019 entries, the current items' are the current cycle's.
/// </summary>
public static class DemoNews
{
    /// <summary>The slug the events feature gives the demo final conference.</summary>
    public const string FinalConferenceSlug = "resoma-final-conference-lisbon";

    public static IReadOnlyList<DemoNewsItem> History { get; } =
    [
        new(new(2018, 2, 12),
            "ReSOMA starts: a social platform for migration and asylum research",
            "A new EU-funded platform sets out to bring researchers, policymakers and practitioners together around the questions EU migration policy is struggling with.",
            """
            The Research Social Platform on Migration and Asylum (**ReSOMA**) started work this month under the EU's Horizon 2020
            programme. Coordinated by the ISMU Foundation, the consortium brings together research institutes, city and NGO
            networks and a consultancy: Ernst & Young, the Migration Policy Group, Erasmus University Rotterdam, PICUM,
            EUROCITIES, Social Platform, ECRE and CEPS.

            ## What the platform will do

            Each year ReSOMA takes up nine topics, three in each area: **asylum**, **migration** and **integration**. Some come
            from the EU agenda; others come from cities, NGOs and researchers who see needs that EU policy has not addressed yet.
            For every topic the platform will

            - set out what is known and what the policy agenda asks,
            - consult experts and stakeholders on the options,
            - question the dilemmas that policymakers take for granted, and
            - feed the results into the political and public debate.

            Researchers, policymakers and practitioners can [join as stakeholders](/account/register) to take part in
            surveys, feedback meetings and calls for contributions.
            """,
            []),
        new(new(2018, 4, 16),
            "The first cycle's topics are chosen",
            "Family reunion, responsibility sharing, the safe third country concept and the crackdown on NGOs helping migrants are among the topics of ReSOMA's first year.",
            """
            After two months of conversations with the advisory board of EU policymakers and with the partners' networks,
            the first ReSOMA cycle has its topics. Among them:

            - **Family reunion** for beneficiaries of international protection, and the restrictions that keep families apart;
            - **responsibility sharing** between member states in the Common European Asylum System;
            - the **safe third country** concept: what role it can play in EU asylum policy, and where its limits lie;
            - the growing **crackdown on NGOs** and volunteers who assist refugees and other migrants.

            Discussion briefs on each topic will open the consultations, which start now. The full list is on the
            [2018 cycle page](/cycles/2018).
            """,
            ["family-reunion-beneficiaries-international-protection", "responsibility-sharing-eu-asylum", "safe-third-country-concept", "crackdown-on-ngos-criminalisation-of-solidarity"]),
        new(new(2018, 5, 7),
            "Call for written contributions on the 2018 topics",
            "Have evidence on family reunion or the safe third country concept? ReSOMA invites short written contributions from researchers and practitioners.",
            """
            ReSOMA's consultations are not only meetings. Alongside the online surveys, feedback meetings and video
            interviews, we are asking for **written contributions**: short pieces of evidence from your research or your
            practice that the policy option briefs can draw on.

            What helps most:

            1. findings from a study, a case file or a local programme, with the source;
            2. a clear link to one of the year's topics;
            3. between 500 and 2,000 words.

            Contributions are read by the authors of the briefs and, once accepted, may be quoted with your name. Registered
            stakeholders can send them from the consultation pages.
            """,
            ["family-reunion-beneficiaries-international-protection", "safe-third-country-concept"]),
        new(new(2018, 10, 22),
            "Collecting the evidence on the criminalisation of solidarity",
            "ReSOMA is gathering cases of volunteers and NGOs prosecuted or harassed for helping migrants, to build an observatory of what is happening across Europe.",
            """
            Search and rescue crews in court, volunteers fined for giving a lift or a bed, organisations losing their
            funding or their registration: the **criminalisation of solidarity** has become one of the most contested
            questions of the 2018 cycle.

            Together with the partners who work closest to civil society, ReSOMA is collecting these cases in an
            **observatory**: what happened, under which law, and how the case ended. The aim is an evidence base that is
            more than anecdotes, so that the debate on the EU Facilitation Directive can rest on facts.

            If you know of a case, you can contribute it through the consultation on this topic.
            """,
            ["crackdown-on-ngos-criminalisation-of-solidarity"]),
        new(new(2019, 1, 28),
            "Nine topics for 2019",
            "Secondary movements, the two Global Compacts, detention, strategic litigation, local integration funding, public opinion and private sponsorship: the second cycle begins.",
            """
            ReSOMA's second year starts with nine topics, three per area.

            **Asylum:** secondary movements within the EU; putting the Global Compact on Refugees into practice; search and
            rescue and the Dublin rules after refused disembarkations.

            **Migration:** strategic litigation of criminalisation cases; putting the Global Compact on Migration into
            practice; the increasing use of detention.

            **Integration:** funding a long-term, comprehensive approach to integration at local level; public opinion on
            migration; private sponsorship programmes.

            As last year, some topics follow the EU agenda and others were brought by stakeholders. Consultations on each of
            them will run through the spring: see the [2019 cycle](/cycles/2019) for the calendar.
            """,
            ["secondary-movements-within-eu", "global-compact-on-refugees-implementation", "search-and-rescue-disembarkation-dublin",
             "strategic-litigation-criminalisation-cases", "global-compact-on-migration-implementation", "detention-increasing-use",
             "funding-local-integration", "public-opinion-on-migration", "private-sponsorship-programmes"]),
        new(new(2019, 11, 18),
            "Save the date: ReSOMA's final conference in Lisbon, 5–6 February 2020",
            "Two days in Lisbon to take stock of two years of ReSOMA and to decide, with researchers and stakeholders, how the platform should carry on.",
            """
            ReSOMA will hold its **final conference in Lisbon on 5 and 6 February 2020**. After two cycles, eighteen topics
            and many hundreds of experts consulted, it is time to look back at what the platform achieved and ahead at what
            should come next.

            The programme will take up:

            - how integration at local level can be funded for the long term;
            - cities as providers of services to migrant populations;
            - the coming of age of migration studies as a field;
            - how research and policy can be better linked;
            - new alliances between research and the wider society.

            Registration and the detailed programme will follow on the event page.
            """,
            ["funding-local-integration"],
            AboutFinalConference: true),
        new(new(2020, 2, 10),
            "Highlights of the final conference in Lisbon",
            "Local integration funding, cities as service providers and new alliances between research and society were at the heart of two days in Lisbon, which also marked ReSOMA's hand-over to IMISCOE.",
            """
            More than two years of work came together in **Lisbon on 5 and 6 February**. Researchers, city officials, NGOs
            and EU policymakers filled the rooms for ReSOMA's final conference. A few of the threads that ran through the
            two days:

            ## Funding integration at local level, for the long term

            Speakers from several cities described integration services that live from one project grant to the next.
            The discussion kept returning to the options set out in the 2019 briefs: funds that reach local authorities
            directly, and budgets planned over several years rather than one call at a time.

            ## Cities as service providers

            Cities often serve everyone who lives in them, whatever their status. Participants compared how they provide
            housing, health care and schooling to migrants, and where national rules make that hard.

            ## A field that has come of age

            Migration studies is no longer a niche. A panel asked what that means: better data and methods, but also a
            duty to make research usable and to **link it to policy** without giving up its independence.

            ## New alliances

            The last session looked for new alliances between researchers and the organisations that work with migrants
            every day, so that questions from practice reach research sooner.

            ## What comes next

            The conference also marked a hand-over: ReSOMA's approach continues inside the **IMISCOE** research network,
            through its **Migration Research Hub** and together with the **CrossMigration** project.
            """,
            ["funding-local-integration"],
            AboutFinalConference: true),
        new(new(2020, 3, 2),
            "ReSOMA continues inside IMISCOE",
            "The platform's way of working moves to the IMISCOE research network: new topics each year, chosen after a six-month feedback loop with stakeholders.",
            """
            With the end of the Horizon 2020 project, ReSOMA does not close. From 2020 it continues within **IMISCOE**,
            Europe's largest network of migration researchers, as part of its **Migration Research Hub**.

            The cycle stays recognisable: each year new topics are chosen, now after a **six-month feedback loop** in which
            policymakers and practitioners say which questions they need answered. Among the first themes being discussed
            are how migrants' needs can be built into the **policy responses to COVID-19**, and **anti-racism** as part of
            integration policy.

            Registered stakeholders can [suggest a topic](/cycles/next/proposals) for the coming cycles.
            """,
            []),
    ];

    /// <summary>The current cycle's news: its opening, on its first day, and its consultations, a day before seeding
    /// (never before the opening). <paramref name="year"/> is the cycle's year.</summary>
    public static IReadOnlyList<DemoNewsItem> Current(int year, DateOnly openedOn, DateOnly today) =>
    [
        new(openedOn,
            $"Cycle {year} opens with nine topics",
            "Three questions carried over from 2019 and six new ones, three of them proposed by stakeholders: the new yearly cycle begins.",
            $"""
            ReSOMA's yearly cycle goes on inside the **IMISCOE** research network, which the platform joined when the
            Horizon 2020 project ended. The {year} cycle opens today with nine topics, three per area.

            **Carried over from 2019**, because the questions are still open: secondary movements within the EU; the
            increasing use of immigration detention; funding a long-term approach to integration at local level. Their
            pages show the 2019 briefs next to this year's work.

            **New this year:** safeguards in asylum border procedures; asylum procedures at a distance; essential workers
            with temporary permits; skills partnerships with countries of origin; migrants' needs in crisis responses,
            drawing on the lessons of COVID-19; and anti-racism as part of integration policy. Three of them began as
            proposals from stakeholders.

            The [{year} cycle page](/cycles/{year}) shows the plan of the year. Ideas for the cycle after this one are
            welcome: [propose a topic](/cycles/next/proposals).
            """,
            [.. DemoCurrentCycle.CarriedFrom2019, .. DemoCurrentCycle.NewTopics.Select(t => t.Slug)]),
        new(today.AddDays(-1) < openedOn ? openedOn : today.AddDays(-1),
            "How to take part in this year's consultations",
            "A survey on anti-racism measures, a call for evidence on crisis plans, video interviews and two feedback meetings: what is open now, and how to join.",
            """
            Each topic of the cycle is shaped by the people who work on it. These are open now or coming soon:

            - a **survey** on which anti-racism measures make a difference, for city officials, teachers, employers and
              researchers;
            - a **call for written contributions** on crisis plans that include everyone;
            - **video interviews** on why asylum seekers move on within the EU;
            - **feedback meetings** on funding integration for the long term and on alternatives to detention (the latter
              is full, but its waitlist moves up when a seat frees).

            [Join as a stakeholder](/account/register) to register, then pick a consultation from the
            [list](/consultations). Upcoming events are in the [calendar](/events).
            """,
            ["anti-racism-in-integration-policy", "migrants-needs-in-crisis-responses", "secondary-movements-within-eu", "funding-local-integration", "detention-increasing-use"]),
    ];
}
