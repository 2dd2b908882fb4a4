using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>The demo briefs of the 2019 cycle: discussion and policy option briefs, and four final reports.</summary>
internal static class DemoBriefs2019
{
    public static IReadOnlyList<DemoBrief> All { get; } =
    [
        // Cycle 2019: asylum

        // Secondary movements within the European Union
        new(
            "secondary-movements-within-eu",
            BriefSeries.DiscussionBrief,
            "Why asylum seekers move on: secondary movements and the limits of the Dublin system",
            new DateOnly(2019, 3, 14),
            "Many asylum seekers and refugees travel from the member state responsible for them to another. This brief explains what is known about these secondary movements, why governments see them as a threat to the Dublin system, and which questions ReSOMA is putting to practitioners, researchers and policymakers.",
            """
            ## What is the issue

            Under the Dublin Regulation, one member state, often the country of first entry, is responsible for examining an asylum application. Asylum seekers who travel on to another country can be transferred back. In practice, only a fraction of transfer requests are carried out, and many people move again after being returned. Recognised refugees also move on, although they may stay in another member state only for a limited period without a permit.

            Governments in destination countries see these **secondary movements** as evidence that the system is being abused, and several have reintroduced internal border checks. Countries of first entry, meanwhile, argue that they cannot carry the responsibility alone. The reform of the Dublin Regulation has been deadlocked partly over this issue.

            ## What the evidence says

            Research suggests that people move on for understandable reasons:

            - to join family members or communities who can support them;
            - to find work or use language skills they already have;
            - to escape poor reception conditions, long procedures or low recognition rates;
            - because their chances of obtaining protection differ from one country to another.

            The scale of movement is hard to measure, as data on transfers and onward travel are incomplete and not always comparable.

            ## Questions for stakeholders

            1. What drives onward movement in your experience, and how has it changed since 2015?
            2. Have sanctions, such as reduced reception conditions or detention before transfer, discouraged secondary movements?
            3. Which incentives, such as considering family and other meaningful links, could reduce them?
            4. What are the consequences of Dublin transfers for asylum seekers and for administrations?
            5. Should recognised refugees be allowed to move and work in other member states sooner?
            """,
            ["secondary movements", "dublin regulation", "asylum seekers", "dublin transfers", "internal border checks"],
            [DemoExperts.Lindqvist, DemoExperts.Horak]),
        new(
            "secondary-movements-within-eu",
            BriefSeries.PolicyOptionBrief,
            "Sanctions or incentives? Policy options to address secondary movements of asylum seekers",
            new DateOnly(2019, 7, 9),
            "This brief reviews the main options on the table to reduce secondary movements within the EU, from sanctions and stricter Dublin rules to incentives based on meaningful links and earlier mobility for refugees. It summarises the evidence and the views of stakeholders on what is likely to work and at what cost.",
            """
            ## Options on the table

            **Restrictive measures**, largely reflected in the proposals to reform the Dublin Regulation and the Reception Conditions Directive:

            - limiting reception conditions to the member state responsible;
            - making responsibility permanent, so that it never shifts to another country;
            - using detention to secure Dublin transfers;
            - reinforcing internal border checks and bilateral return arrangements.

            **Incentive-based measures**, raised in the consultation:

            - taking **family and meaningful links** into account when allocating responsibility;
            - faster and fairer procedures, and better reception, in countries of first entry;
            - mutual recognition of positive asylum decisions and earlier **mobility rights** for refugees;
            - information and counselling so that asylum seekers understand the rules and their options.

            ## Pros and cons

            Sanctions send a clear signal, but evidence that they change behaviour is weak. People who have strong reasons to move may accept destitution rather than stay, which creates hardship and pushes them out of reach of the authorities. Dublin transfers are costly and many fail. Incentive-based approaches address the reasons for moving, but require trust between member states and investment in asylum systems where standards are lower.

            ## What stakeholders said

            Practitioners and NGOs argued that restrictions tend to push asylum seekers underground, where they are exposed to exploitation. Several government representatives acknowledged that Dublin transfers consume considerable resources for limited results, while stressing that some form of responsibility rule is necessary. Researchers emphasised that convergence of recognition rates and reception standards would do more to reduce movement than any sanction. Cities noted that many people who move on end up on their territory without access to services, and asked to be part of the solution. There was broad support for giving more weight to family ties, understood more widely than the nuclear family.
            """,
            ["secondary movements", "dublin reform", "meaningful links", "mobility rights", "sanctions"],
            [DemoExperts.Horak, DemoExperts.Lindqvist, DemoExperts.Vasilescu]),
        new(
            "secondary-movements-within-eu",
            BriefSeries.FinalSyntheticReport,
            "Working with, not against, the choices of asylum seekers: alternatives to the fight against secondary movements",
            new DateOnly(2019, 12, 3),
            "Secondary movements are usually framed as a problem of compliance to be solved by sanctions. This final report challenges that view and argues that a system which takes the links and preferences of asylum seekers into account, ensures comparable standards and offers mobility after recognition would be fairer and easier to run.",
            """
            ## A perceived dilemma

            The debate on secondary movements is often presented as a choice between **control**, where asylum seekers must remain in the member state responsible, and **chaos**, where everyone chooses their destination. This framing has led to successive rounds of restrictions that have not changed movement patterns significantly, while draining resources.

            ## Dilemmas and alternatives

            **Compliance or preference.** A system that ignores why people move will keep producing onward movement. Taking into account family, community, language and previous stays when allocating responsibility would align the system with the plans of the people concerned, making them more likely to stay where they are sent.

            **Uniformity or convergence.** As long as recognition rates and reception conditions vary widely, asylum seekers will have good reasons to move. Convergence, supported by the EU asylum agency and by joint training and guidance, reduces these incentives at their source.

            **Restriction or mobility.** Refugees who have received protection in one member state cannot work in another for years. Allowing them to move for work or study after recognition would make use of their skills and reduce irregular movement.

            ## Proposals

            - Broaden the definition of family and add other **meaningful links** as allocation criteria.
            - Invest in reception and procedures in member states with lower standards, with EU funding tied to quality.
            - Introduce **mutual recognition** of positive decisions and earlier mobility rights for beneficiaries of protection.
            - Where people have strong links elsewhere, transfer responsibility for their case instead of transferring the people back under Dublin.
            - Provide clear information and legal counselling from the moment of arrival.

            ## Conclusion

            Secondary movements are a symptom of a system that does not work for those who use it. Shifting from coercion to cooperation with asylum seekers would help restore trust among member states and reduce both human and administrative costs.
            """,
            ["secondary movements", "dublin system", "mutual recognition", "meaningful links", "convergence"],
            [DemoExperts.Horak, DemoExperts.Carvalho]),

        // Implementing the Global Compact on Refugees
        new(
            "global-compact-on-refugees-implementation",
            BriefSeries.DiscussionBrief,
            "From pledges to practice: what the Global Compact on Refugees asks of the EU",
            new DateOnly(2019, 4, 9),
            "The Global Compact on Refugees seeks a fairer sharing of responsibility for refugees worldwide. This brief outlines its main objectives, explains what implementation could mean for the EU and its member states, and invites stakeholders to reflect on resettlement, support to host countries and preparations for the first Global Refugee Forum.",
            """
            ## What is the issue

            In December 2018, the UN General Assembly affirmed the Global Compact on Refugees. The compact has four objectives: easing pressure on host countries, enhancing refugee self-reliance, expanding access to third-country solutions such as resettlement, and supporting conditions for safe and dignified return. It is not legally binding; instead it relies on pledges made by states and other actors, and on a Global Refugee Forum to be held every four years, the first in December 2019.

            The EU and its member states supported the compact and are among the largest donors to refugee situations. Yet implementation raises questions about the number of resettlement places, the consistency between internal and external policies, and the involvement of local actors. For the EU, the compact arrives at a time when internal negotiations on asylum reform are stalled, which makes external commitments both more visible and more difficult to agree.

            ## Why it matters

            - Most refugees live in low- and middle-income countries close to their countries of origin.
            - Resettlement places worldwide remain far below identified needs, as regularly reported by [UNHCR](https://www.unhcr.org/).
            - The compact promotes a **whole-of-society** approach, including cities, businesses and refugees themselves.
            - EU policies that aim to contain movement may be seen as at odds with the spirit of responsibility sharing.

            ## Questions for stakeholders

            1. What pledges should the EU and member states make at the Global Refugee Forum?
            2. How can resettlement and complementary pathways, such as humanitarian visas, study or work schemes, be expanded?
            3. How should EU funding for host countries support refugee self-reliance and local development?
            4. What role can cities, private sponsors and refugee-led organisations play in implementation?
            5. How can progress be monitored in a transparent way?

            The answers will inform a policy option brief to be published ahead of the forum.
            """,
            ["global compact on refugees", "resettlement", "global refugee forum", "responsibility sharing", "complementary pathways"],
            [DemoExperts.Vasilescu, DemoExperts.DeVries]),
        new(
            "global-compact-on-refugees-implementation",
            BriefSeries.PolicyOptionBrief,
            "Resettlement, complementary pathways and support to host countries: EU options ahead of the Global Refugee Forum",
            new DateOnly(2019, 10, 15),
            "As the first Global Refugee Forum approaches, this brief sets out the options available to the EU and its member states for implementing the Global Compact on Refugees. It weighs commitments on resettlement, complementary pathways, development funding and local engagement, and summarises what stakeholders in the ReSOMA consultation recommended.",
            """
            ## Options on the table

            - **Expanded resettlement**: a multi-year EU framework with higher and predictable numbers, for instance through the proposed Union Resettlement Framework.
            - **Complementary pathways**: humanitarian visas, scholarships, family reunion beyond the nuclear family, labour mobility schemes and community sponsorship.
            - **Support to host countries**: development funding for education, jobs and services that benefit both refugees and host communities.
            - **Whole-of-society engagement**: involving cities, universities, businesses and refugee-led organisations in pledges.
            - **Monitoring**: indicators and regular reporting on EU contributions to the objectives of the compact.

            ## Pros and cons

            Expanding resettlement shows solidarity and provides safe routes, but depends on political will and reception capacity in member states. Complementary pathways can add places at modest cost and involve new actors, yet they must not replace resettlement or lower protection standards. Development funding helps refugees where most of them live, though it risks being used as a tool to prevent onward movement rather than to improve lives. Engaging cities and civil society broadens support, but requires coordination and funding. Monitoring increases accountability but has received limited attention so far.

            ## What stakeholders said

            Participants urged the EU to make concrete, measurable pledges, and to avoid repackaging existing commitments. NGOs warned that making support to host countries conditional on cooperation in migration control would contradict the compact. Cities and universities expressed readiness to contribute through scholarships, sponsorship and local reception, provided they receive support. Several contributors emphasised the value of including refugees themselves in planning and evaluation. Researchers called for consistency between the external commitments of the EU and its internal asylum policies, which partner countries often perceive as restrictive. Contributors also suggested that the EU coordinate the pledges of its member states, so that joint commitments carry more weight and gaps between national offers become visible before the forum.
            """,
            ["global refugee forum", "resettlement", "complementary pathways", "host countries", "pledges"],
            [DemoExperts.DeVries, DemoExperts.Vasilescu, DemoExperts.Bianchini]),

        // Search and rescue and Dublin: ad hoc responses to refused disembarkation
        new(
            "search-and-rescue-disembarkation-dublin",
            BriefSeries.DiscussionBrief,
            "Ships without a port: search and rescue, disembarkation and the Dublin rules",
            new DateOnly(2019, 3, 28),
            "Since mid-2018, boats carrying people rescued in the Mediterranean have repeatedly waited at sea while governments negotiated where they could land. This brief explains how these stand-offs arise, why ad hoc relocation deals have become the norm and which questions stakeholders are invited to address on a more predictable approach.",
            """
            ## What is the issue

            Under international maritime law, people rescued at sea must be brought to a place of safety. EU law, however, does not determine which member state should allow disembarkation, nor does it settle who is responsible for the asylum applications of those rescued beyond the ordinary Dublin criteria. Since 2018, some coastal states have refused to let rescue ships dock unless other member states committed in advance to take in those on board.

            Each stand-off has been resolved through a separate negotiation, often lasting days or weeks, after which a small group of countries agreed to relocate part of the people rescued. These **ad hoc arrangements** take place outside any legal framework, with unclear procedures and limited transparency. Meanwhile, state-led search and rescue operations have been reduced and NGO vessels have faced legal and administrative obstacles.

            ## Why it matters

            - **Lives at sea**: delays and reduced rescue capacity increase the risks for people crossing the Mediterranean.
            - **Rights on board**: long waits affect physical and mental health and delay access to asylum procedures.
            - **Solidarity**: repeated case-by-case deals show the absence of an agreed mechanism for sharing responsibility.
            - **Rule of law**: decisions on disembarkation and relocation are taken politically, without clear criteria.

            ## Questions for stakeholders

            1. What have been the consequences of refused disembarkation for rescued people, crews and coastal states?
            2. How have ad hoc relocations worked in practice, including registration, selection and transfer?
            3. What would a predictable disembarkation and relocation mechanism require?
            4. How can the role of NGO rescue vessels be protected?
            5. What is the role of cooperation with countries of departure, and what are its limits?

            Evidence from practitioners who have been involved in disembarkation and relocation, whether on board, in ports or in national administrations, is particularly welcome.
            """,
            ["search and rescue", "disembarkation", "dublin regulation", "relocation", "mediterranean"],
            [DemoExperts.Ostergaard, DemoExperts.Nowicki]),
        new(
            "search-and-rescue-disembarkation-dublin",
            BriefSeries.PolicyOptionBrief,
            "Towards predictable disembarkation: options for a temporary mechanism after rescue at sea",
            new DateOnly(2019, 9, 24),
            "Case-by-case negotiations over disembarkation have proved slow, opaque and harmful to those rescued. This brief compares options for a more predictable approach, including a temporary relocation mechanism among willing member states, controlled centres and regional arrangements, and reports what stakeholders in the ReSOMA consultation considered feasible and compatible with rights.",
            """
            ## Options on the table

            - **Continue ad hoc arrangements**: each disembarkation negotiated separately, with relocation pledges by individual member states.
            - **A temporary mechanism among willing states**: pre-agreed rules on disembarkation at the nearest safe port and swift relocation according to agreed shares, pending a broader reform.
            - **Controlled centres in the EU**: facilities in coastal member states where rescued people would be registered and screened before relocation or return.
            - **Regional disembarkation arrangements**: disembarkation in third countries in North Africa, an idea put forward in 2018 but rejected by potential partner countries.
            - **A European search and rescue capacity**: renewed state-led operations, with clear rules for cooperation with NGO vessels.

            ## Pros and cons

            Ad hoc arrangements preserve flexibility but leave rescued people waiting and erode trust. A temporary mechanism among willing states would provide predictability, although it would depend on how many countries join and could be seen as a precedent. Controlled centres could speed up registration but risk becoming sites of prolonged de facto detention. Regional disembarkation raises serious legal concerns where safety and access to asylum cannot be guaranteed, and lacks willing partners. A European rescue capacity would save lives but has limited political support.

            ## What stakeholders said

            Participants saw a temporary mechanism as the most realistic step, provided it ensures quick disembarkation, fair procedures and relocation within weeks rather than months. NGOs insisted that disembarkation should never depend on prior relocation deals. Legal experts stressed that relocation criteria should take family links into account and respect the safeguards of the Dublin Regulation. Several cities and regions reiterated their willingness to receive rescued people. Many contributors underlined that any mechanism must go hand in hand with an end to the obstruction of NGO rescue operations.
            """,
            ["disembarkation", "temporary mechanism", "relocation", "search and rescue", "controlled centres"],
            [DemoExperts.Nowicki, DemoExperts.Ostergaard, DemoExperts.VanDenBroeck]),

        // Cycle 2019: migration

        // Strategic litigation of criminalisation cases
        new(
            "strategic-litigation-criminalisation-cases",
            BriefSeries.DiscussionBrief,
            "Taking criminalisation to court: the promise and risks of strategic litigation",
            new DateOnly(2019, 5, 7),
            "After documenting the crackdown on humanitarian actors in 2018, ReSOMA turns to the courts. This brief explains how strategic litigation can defend people who help migrants, as well as migrants themselves, what it has achieved so far, and which questions lawyers, NGOs and researchers are asked to address.",
            """
            ## What is the issue

            Strategic litigation uses individual court cases to bring about wider legal or social change. In the context of the criminalisation of solidarity, it can clarify how the offence of facilitation should be interpreted, challenge national laws that go beyond EU or international standards, and draw public attention to the consequences of the crackdown.

            Several trials of rescuers, volunteers and activists have ended in acquittals, sometimes with judgments that recognise the humanitarian nature of their actions. Migrants accused of smuggling for steering a boat or helping fellow travellers have also been defended in court. Yet litigation is slow and costly, and an unfavourable judgment can set a damaging precedent. Choosing when not to litigate can be as important as choosing when to go to court.

            ## What is at stake

            - **Legal certainty**: clear judgments help both humanitarian actors and prosecutors know where the line lies.
            - **Precedent**: cases before higher courts, including the Court of Justice of the EU and the European Court of Human Rights, can shape practice across countries.
            - **Defendants**: those on trial face stress, costs and reputational damage, whatever the outcome.
            - **Public debate**: trials can change perceptions, but they can also feed stigmatising narratives.

            ## Questions for stakeholders

            1. Which cases have led to positive judgments, and what made them successful?
            2. How should organisations select cases for strategic litigation, and who should decide?
            3. What forms of support, whether legal, financial or psychological, do defendants need?
            4. How can litigation be coordinated across member states and linked to advocacy and research?
            5. Which legal arguments, based on EU law, human rights or international law, are most promising?

            The consultation builds on the evidence gathered in 2018 for the observatory on the criminalisation of solidarity, and will feed into a policy option brief on how litigation could be organised more strategically across Europe.
            """,
            ["strategic litigation", "criminalisation of solidarity", "facilitation", "case law", "defendants"],
            [DemoExperts.Wisniewska, DemoExperts.Horak]),
        new(
            "strategic-litigation-criminalisation-cases",
            BriefSeries.PolicyOptionBrief,
            "Building a litigation strategy: options for defending humanitarian actors and migrants in court",
            new DateOnly(2019, 8, 27),
            "This brief reviews options for using litigation more strategically in cases of criminalisation, from coordinated defence networks and third-party interventions to preliminary references to the Court of Justice of the EU. It weighs their benefits and risks and summarises the recommendations of lawyers, NGOs and researchers consulted by ReSOMA.",
            """
            ## Options on the table

            - **Coordinated defence networks**: linking lawyers across member states to share arguments, expert evidence and judgments.
            - **Third-party interventions**: NGOs and academic experts submitting written observations in important national and European cases.
            - **Preliminary references**: encouraging national courts to ask the Court of Justice of the EU how the Facilitation Directive should be read in light of the Charter of Fundamental Rights.
            - **Applications to the European Court of Human Rights**: challenging prosecutions or restrictions that affect freedom of association or expression.
            - **Litigation funds**: pooled resources to cover legal costs and support defendants.
            - **Linking litigation to advocacy**: using cases to inform legislative reform and public communication.

            ## Pros and cons

            Coordinated networks strengthen the defence and build a body of case law, but require resources and trust. Third-party interventions are relatively inexpensive, yet courts do not always admit them. Preliminary references can produce clarity across the EU, though the outcome is uncertain and a restrictive judgment could harm many cases. Applications in Strasbourg take years. Litigation funds relieve defendants but need sustainable financing. Combining litigation with advocacy magnifies impact but can expose defendants to media attention they may not want.

            ## What stakeholders said

            Lawyers emphasised that the interests of the defendant must always come first, even when a case has wider strategic value. NGOs stressed the importance of choosing cases carefully and of documenting the wider pattern of criminalisation. Researchers offered to provide expert evidence and to analyse judgments comparatively. Participants also pointed to the situation of migrants prosecuted as smugglers, who often lack an adequate defence and receive far less public attention than volunteers. There was broad agreement that litigation complements, but cannot replace, a reform of the EU rules.
            """,
            ["strategic litigation", "preliminary reference", "third-party intervention", "defence networks", "facilitation directive"],
            [DemoExperts.Horak, DemoExperts.Wisniewska, DemoExperts.Sa]),

        // Implementing the Global Compact on Migration
        new(
            "global-compact-on-migration-implementation",
            BriefSeries.DiscussionBrief,
            "A divided Union and the Global Compact on Migration: what implementation could look like",
            new DateOnly(2019, 4, 23),
            "The Global Compact for Safe, Orderly and Regular Migration was adopted in December 2018, but several EU member states did not endorse it. This brief explains what the compact contains, how it relates to EU policy and what implementation could mean for governments, cities and civil society, with questions for stakeholders.",
            """
            ## What is the issue

            The Global Compact for Safe, Orderly and Regular Migration sets out 23 objectives, covering areas such as data collection, reducing the drivers of forced migration, legal pathways, the use of detention only as a last resort, access to basic services, and cooperation on return and reintegration. It is not legally binding and reaffirms the sovereign right of states to determine their migration policies.

            Despite this, the compact became the subject of intense public controversy in 2018, and several EU member states decided not to endorse it or abstained in the UN vote. As a result, the EU could not adopt a common position, and implementation depends on national choices.

            ## What is at stake

            - **EU coherence**: many objectives of the compact overlap with existing EU policies, but divisions limit a common approach.
            - **Local implementation**: cities and regions, including in countries that did not endorse the compact, may still pursue its goals.
            - **Public debate**: misinformation during the adoption process showed how easily international cooperation on migration can be politicised.
            - **International partnerships**: countries of origin and transit see the compact as a basis for dialogue with the EU.

            ## Questions for stakeholders

            1. Which objectives of the compact are most relevant for the EU and its member states?
            2. How can the EU support implementation despite the lack of a common position?
            3. What role can cities, civil society and the private sector play?
            4. How should progress be reviewed, including through the International Migration Review Forum?
            5. What lessons can be learned from the public controversy around the compact?

            ReSOMA will use the contributions to outline realistic routes for implementation in a policy option brief later this year.
            """,
            ["global compact on migration", "implementation", "multilateralism", "cities", "public debate"],
            [DemoExperts.Weissmann, DemoExperts.Makela]),
        new(
            "global-compact-on-migration-implementation",
            BriefSeries.PolicyOptionBrief,
            "Implementing the migration compact without consensus: options for the EU, member states and cities",
            new DateOnly(2019, 7, 23),
            "With EU member states divided on the Global Compact for Migration, this brief examines the routes still open for implementation: action by endorsing states, mainstreaming in EU policy, local action by cities and partnerships with civil society. It summarises the strengths and weaknesses of each and the views collected through the ReSOMA consultation.",
            """
            ## Options on the table

            - **National implementation by endorsing states**: action plans and voluntary reporting by the member states that supported the compact.
            - **Mainstreaming in EU policy**: using the objectives of the compact as a reference in EU funding, external partnerships and legislation, without formally referring to it.
            - **City-led implementation**: local authorities adopting the objectives of the compact in areas such as access to services, inclusion and anti-discrimination.
            - **Multi-stakeholder partnerships**: cooperation between governments, international organisations, employers, trade unions and civil society on specific objectives.
            - **Improving data and evidence**: investing in comparable data on migration, the first objective of the compact.

            ## Pros and cons

            National action plans provide visibility and accountability, but cover only part of the EU. Mainstreaming avoids political confrontation, yet it may dilute the human rights dimension of the compact and make progress hard to track. City-led implementation builds on existing practice and is close to people, though cities lack powers over admission and residence. Partnerships bring expertise and resources but require coordination. Better data benefits everyone, but must respect privacy and avoid being used only for control.

            ## What stakeholders said

            Participants saw value in a pragmatic approach: focusing on concrete objectives where there is broad agreement, such as reducing deaths on migration routes, fighting exploitation and improving data. Cities described initiatives already aligned with the compact and called for recognition in the review process. Civil society organisations warned against selective implementation that emphasises return and border management over rights and legal pathways. Researchers noted that public communication had been neglected during the adoption of the compact and recommended explaining its content clearly and honestly before the first international review. Several contributors suggested that the EU could at least report on how its existing policies already contribute to the objectives of the compact, which would require little new political agreement.
            """,
            ["global compact for migration", "mainstreaming", "city-led implementation", "migration data", "review forum"],
            [DemoExperts.Makela, DemoExperts.Weissmann, DemoExperts.Juric]),

        // The increasing use of immigration detention
        new(
            "detention-increasing-use",
            BriefSeries.DiscussionBrief,
            "More detention, longer stays: examining the growing use of immigration detention in Europe",
            new DateOnly(2019, 3, 20),
            "Immigration detention is being used more often and for longer periods across Europe, including for families and children. This brief describes the trend and its drivers, recalls the principle that detention should be a last resort, and asks stakeholders to share evidence on its costs, its effects on detainees and the alternatives available.",
            """
            ## What is the issue

            EU law allows member states to detain migrants in order to carry out a return or, in certain circumstances, during asylum procedures. It also requires detention to be a measure of last resort, used only when less coercive measures cannot be applied effectively, and for as short a time as possible. Yet in recent years a growing number of member states have extended the grounds for detention and its maximum length, and proposals at EU level would broaden them further.

            People are detained in closed centres, border facilities, police stations and, in some cases, prisons. Families with children continue to be detained in several countries, despite repeated criticism from international bodies. Access to legal aid, medical care and information varies considerably.

            ## Why it matters

            - **Human impact**: detention harms mental health, particularly for survivors of torture, children and other vulnerable detainees.
            - **Effectiveness**: many detained people are released without being returned, raising questions about the purpose of detention.
            - **Costs**: detention is considerably more expensive than community-based measures.
            - **Rule of law**: judicial review of detention is not always prompt or effective.

            ## Alternatives to detention

            Alternatives include reporting obligations, designated residence, release on bail and, increasingly, **case management** approaches that support people in the community while their situation is resolved. Pilot projects in several countries suggest that these can achieve high levels of compliance.

            ## Questions for stakeholders

            1. How have detention law and practice changed in your country in recent years?
            2. What are the conditions of detention, and do detainees have access to legal assistance?
            3. What evidence exists on the effectiveness and cost of detention compared with alternatives?
            4. What is needed to scale up community-based alternatives?
            """,
            ["immigration detention", "detainees", "alternatives to detention", "case management", "children in detention"],
            [DemoExperts.Dufresne, DemoExperts.Ostergaard]),
        new(
            "detention-increasing-use",
            BriefSeries.PolicyOptionBrief,
            "Alternatives to detention in practice: options for reducing reliance on closed centres",
            new DateOnly(2019, 6, 25),
            "This brief compares options for limiting immigration detention and developing alternatives, from stricter legal safeguards and an end to child detention to community-based case management. It summarises the evidence on compliance and cost and reports the positions of NGOs, lawyers, practitioners and government officials in the ReSOMA consultation.",
            """
            ## Options on the table

            - **Stronger safeguards**: shorter maximum periods, automatic judicial review and access to free legal aid for all detainees.
            - **Ending the detention of children**: a clear prohibition, with families accommodated in the community.
            - **Traditional alternatives**: reporting to the police, surrender of passports, financial guarantees or designated residence.
            - **Case management**: a caseworker supports each person to understand their options and to engage with procedures, whether these lead to a status, to another country or to return.
            - **Screening and individual assessment**: systematic checks before any detention decision, to identify vulnerability and less coercive measures.

            ## Pros and cons

            Stronger safeguards reduce arbitrary detention but require resources for courts and legal aid. Ending child detention is supported by international standards, although some governments fear that families will abscond. Traditional alternatives are simple to apply, but when used without support they can be experienced as punitive and have mixed results. Case management requires investment in trained staff and cooperation between authorities and NGOs, yet pilot projects report good compliance and lower costs than detention. Individual screening ensures that detention is genuinely a last resort, but it is only as good as the alternatives available.

            ## What stakeholders said

            NGOs and lawyers described detention conditions that harm detainees, especially those with mental health needs, and reported that legal aid is often unavailable in practice. Practitioners involved in case management pilots emphasised that trust and accurate information are key to compliance. Some government officials were open to alternatives but stressed the need for effective tools to carry out returns. Several participants called for better statistics on detention and its outcomes, which are incomplete in many member states. There was broad agreement that children should never be detained for immigration reasons.
            """,
            ["detention", "alternatives to detention", "case management", "legal safeguards", "child detention"],
            [DemoExperts.Ostergaard, DemoExperts.Dufresne, DemoExperts.Wisniewska]),
        new(
            "detention-increasing-use",
            BriefSeries.FinalSyntheticReport,
            "Detention as a last resort: challenging the assumption that locking people up makes migration policy work",
            new DateOnly(2020, 1, 14),
            "The growing use of immigration detention rests on the assumption that it is needed to ensure returns and compliance. This final report challenges that assumption with evidence gathered by ReSOMA, and proposes a shift towards community-based alternatives and case management that respect rights, cost less and can be just as effective.",
            """
            ## A perceived dilemma

            Policymakers often present detention as the price of credible migration control: without it, they argue, people will abscond and returns will fail. Those who criticise detention are seen as indifferent to enforcement. The evidence collected during this cycle suggests that the choice is not between detention and doing nothing.

            ## What the evidence says

            - Many detainees are released without removal, because of obstacles such as missing travel documents or the lack of cooperation of countries of origin.
            - Detention damages health, particularly for children, survivors of torture and people with mental illness.
            - Community-based approaches, especially case management, have achieved high rates of compliance in pilot projects.
            - Alternatives usually cost less per person than holding people in closed facilities.

            ## Dilemmas and alternatives

            **Control or rights.** Case management does not abandon control: people remain in contact with the authorities while receiving support. It resolves cases more sustainably, whether through a status, departure or return.

            **Speed or fairness.** Detention is often used to speed up procedures, but hurried decisions generate appeals and errors. Early legal advice helps people understand their situation and reduces litigation.

            **Deterrence or engagement.** Detention is sometimes justified as a signal to discourage arrivals. There is little evidence that it has this effect, while it erodes trust in the authorities among people who could otherwise cooperate.

            ## Recommendations

            1. Apply individual screening before any detention decision, and make alternatives the default.
            2. End the immigration detention of children.
            3. Fund case management programmes, with EU support for pilots and evaluation.
            4. Guarantee prompt judicial review and free legal aid to all detainees.
            5. Publish comparable data on detention, its length and its outcomes.

            More information on international standards is available from [UNHCR](https://www.unhcr.org/).
            """,
            ["detention", "last resort", "case management", "detainees", "returns"],
            [DemoExperts.Dufresne, DemoExperts.Bianchini, DemoExperts.Ostergaard]),

        // Cycle 2019: integration

        // Funding a long-term comprehensive approach to integration at local level
        new(
            "funding-local-integration",
            BriefSeries.DiscussionBrief,
            "Who pays for integration? Local authorities and the next EU budget",
            new DateOnly(2019, 5, 16),
            "Cities and towns deliver many integration services but often rely on short project grants and struggle to access EU funds directly. This brief sets out the funding challenges local authorities face, explains what the negotiations on the 2021 to 2027 EU budget could change, and asks stakeholders how to finance integration over the long term.",
            """
            ## What is the issue

            Integration happens locally: in schools, job centres, housing offices, health services and neighbourhoods. Local authorities and civil society organisations therefore carry a large share of the work, yet much of the funding for integration is managed nationally and distributed through calls for short projects. Smaller municipalities, in particular, lack the capacity to apply for and manage EU funds.

            For the 2014 to 2020 period, integration was financed through several EU funds, notably the Asylum, Migration and Integration Fund and the European Social Fund, each with its own rules. The proposals of the Commission for the next budget would change this architecture, moving long-term integration mainly to the future European Social Fund Plus while keeping early integration measures in the migration fund.

            ## Why it matters

            - **Continuity**: integration takes years, while project funding often lasts one or two years.
            - **Access**: national allocation can leave the needs of cities and civil society unmet.
            - **Coherence**: combining migration, social and regional funds is complex and may lead to gaps or overlaps.
            - **Mainstreaming**: integration works best when it is part of general services rather than separate projects.

            ## Questions for stakeholders

            1. What are the main difficulties local authorities face in financing integration?
            2. Should cities have **direct access** to EU funding for integration, and under what conditions?
            3. How could different EU funds be combined more easily at local level?
            4. What would partnership with local actors in the programming of funds look like in practice?
            5. Which examples of long-term, comprehensive local integration strategies could inspire others?

            ReSOMA will bring the results together in a policy option brief in the autumn, while the negotiations on the next budget are still open, so that the views of local actors can reach decision-makers in time.
            """,
            ["integration funding", "local authorities", "multiannual financial framework", "amif", "esf+"],
            [DemoExperts.VanDenBroeck, DemoExperts.Ibanez]),
        new(
            "funding-local-integration",
            BriefSeries.PolicyOptionBrief,
            "Direct access, partnership or earmarking? Options for financing integration at local level",
            new DateOnly(2019, 9, 10),
            "This brief compares ways to give cities and local actors stable funding for integration under the next EU budget: direct management, earmarking of national allocations, a stronger partnership principle and simpler combined funding. It assesses their pros and cons and reports what local authorities, civil society and national officials said during the ReSOMA consultation.",
            """
            ## Options on the table

            - **Direct access**: part of the EU integration funding managed directly by the Commission and open to local authorities, for example through calls or urban actions.
            - **Earmarking**: a minimum share of national programmes reserved for integration measures, or for measures delivered locally.
            - **Stronger partnership principle**: a binding obligation to involve cities and civil society in designing, monitoring and evaluating national programmes.
            - **Simpler combined funding**: common rules and simplified cost options allowing projects to draw on migration, social and regional funds together.
            - **Multi-year grants**: funding periods that match the duration of integration processes, with core support for local services.

            ## Pros and cons

            Direct access responds to the demands of cities, but the amounts would be limited and smaller municipalities may still lack the capacity to apply. Earmarking guarantees a minimum level of funding but can be rigid. A stronger partnership principle would improve programming without changing budgets, yet its impact depends on enforcement. Simplification reduces administrative burdens but requires coordination between Commission services and national managing authorities. Multi-year grants provide stability, though they reduce the flexibility to respond to new needs.

            ## What stakeholders said

            City representatives argued that integration cannot be built on one-year projects, and called for a combination of direct access and a binding partnership principle. Civil society organisations emphasised the need for co-financing rates that small organisations can afford. National officials stressed the importance of coherence with national strategies and of accountability for public funds. Several contributors suggested technical assistance and networks to help smaller towns and rural areas, which are increasingly involved in receiving newcomers. There was broad agreement that funding should support mainstream services rather than parallel structures.
            """,
            ["direct access", "partnership principle", "earmarking", "eu funds", "local integration"],
            [DemoExperts.Juric, DemoExperts.Ibanez, DemoExperts.Kooistra]),
        new(
            "funding-local-integration",
            BriefSeries.FinalSyntheticReport,
            "Funding integration as a long-term public service: alternatives to short-term project logic",
            new DateOnly(2020, 1, 28),
            "Integration funding is often caught between national control and local needs, and between accountability and flexibility. This final report challenges these dilemmas and proposes a funding model in which cities and civil society are partners, resources are stable over several years, and EU funds support mainstream services rather than isolated projects.",
            """
            ## Dilemmas and alternatives

            **National control or local autonomy.** National authorities fear that funds managed locally would fragment integration policy; cities fear that national programmes ignore their needs. A multi-level approach, in which national strategies set priorities and local authorities help design and deliver programmes, avoids both risks.

            **Accountability or flexibility.** Strict reporting requirements protect public money but discourage small organisations and towns from applying. Simplified cost options, lump sums and outcome-based reporting can reconcile control with ease of use.

            **Projects or services.** Short projects allow innovation but rarely survive the end of their funding. Integration needs continuity: language courses, counselling and mentoring should be part of permanent local services, with projects used to test and improve them.

            **Newcomers or everyone.** Targeted funding for migrants can create perceptions of unfairness. Investing in services that benefit the whole community, while adapting them to the needs of newcomers, builds broader support.

            ## Proposals

            - Reserve part of the EU integration funding for **direct access** by local authorities and their networks.
            - Make the **partnership principle** binding and monitored, with a clear role for cities and civil society.
            - Offer **multi-year funding** for core integration services.
            - Simplify rules so that migration, social and regional funds can be combined in one local strategy.
            - Provide **technical assistance** for small municipalities and rural areas.
            - Evaluate outcomes over several years, not just the activities delivered.

            ## Conclusion

            The themes of this report will also be discussed at the ReSOMA final conference in Lisbon in February 2020, where the role of cities as service providers to all residents is on the agenda. Recognising that role in funding would turn integration from a series of projects into a lasting public service.
            """,
            ["integration funding", "multi-level governance", "partnership principle", "local services", "simplification"],
            [DemoExperts.VanDenBroeck, DemoExperts.Ferraresi]),

        // Public opinion on migration
        new(
            "public-opinion-on-migration",
            BriefSeries.DiscussionBrief,
            "Beyond polarisation: what we know about public opinion on migration",
            new DateOnly(2019, 4, 30),
            "Public attitudes towards migration are more nuanced and stable than heated political debates suggest. This brief reviews what surveys and research say about public opinion, discusses the role of media and framing, and asks researchers, communicators and policymakers how to engage the public constructively on migration and integration.",
            """
            ## What is the issue

            Migration has become one of the most politicised issues in Europe. Election campaigns, media coverage and social media often present public opinion as sharply divided between supporters and opponents. Yet surveys such as the Eurobarometer show a more complex picture. Many people hold both positive and negative views, attitudes change slowly, and concerns often relate to the way migration is managed rather than to migrants themselves.

            Research also shows that people tend to overestimate the number of migrants in their country, and that perceptions are shaped by values, personal contact, local context and economic security. A large "movable middle" is neither strongly for nor strongly against migration. Public opinion is also shaped by events: a visible crisis at the borders or a tragedy at sea can shift attention quickly, even if underlying attitudes change little.

            ## Why it matters

            - **Policy space**: the way governments perceive public opinion influences what policies they believe are possible.
            - **Integration**: attitudes affect how newcomers are received in workplaces, schools and neighbourhoods.
            - **Trust**: misinformation and polarisation can undermine confidence in institutions.
            - **Communication**: simply correcting facts does not always change views and can even reinforce them.

            Understanding these dynamics is a precondition for any strategy that seeks to inform rather than inflame the debate.

            ## Questions for stakeholders

            1. What does the evidence tell us about the drivers of attitudes towards migration in your country?
            2. Which messages and messengers have been effective in reaching the undecided middle?
            3. How can local contact and shared activities between newcomers and residents shape opinion?
            4. How should policymakers use opinion research without simply following the loudest voices?
            5. What role do media and social media play, and how can journalists be supported to report accurately?

            Contributions from communication professionals and local practitioners are particularly welcome in this cycle.
            """,
            ["public opinion", "attitudes", "narratives", "polarisation", "media"],
            [DemoExperts.Weissmann, DemoExperts.Schafer]),
        new(
            "public-opinion-on-migration",
            BriefSeries.PolicyOptionBrief,
            "Communicating on migration: options for reaching the movable middle",
            new DateOnly(2019, 10, 29),
            "This brief reviews options for policymakers, cities and civil society who want to engage the public on migration: myth-busting, values-based communication, contact programmes, support for journalism and participatory policymaking. It weighs their strengths and limits and reports what stakeholders in the ReSOMA consultation found effective.",
            """
            ## Options on the table

            - **Myth-busting and fact-checking**: correcting misperceptions with accurate data.
            - **Values-based narratives**: framing messages around shared values such as fairness, security and community, rather than numbers alone.
            - **Contact programmes**: activities that bring newcomers and residents together, such as sport, volunteering and neighbourhood projects.
            - **Support for quality journalism**: training, guidelines and access to experts for reporters covering migration.
            - **Participatory policymaking**: involving residents in local decisions on reception and integration.

            ## Pros and cons

            Fact-checking is necessary but often fails to shift views on its own, especially when people distrust the source. Values-based narratives can connect with the undecided, yet they need careful testing and credible messengers. Contact programmes change attitudes when contact is regular and on an equal footing, but they reach limited numbers of people. Supporting journalism can improve the quality of public debate, though it must respect media independence. Participation builds ownership and trust, but it can also give a platform to hostile voices and requires skilled facilitation.

            Several participants also underlined that communication cannot replace good policy: if people see that reception is chaotic or that rules are not applied fairly, no campaign will convince them. Communication works best when it accompanies visible, well-managed policies and honest explanations of trade-offs.

            ## What stakeholders said

            Communication professionals emphasised listening before speaking: understanding the concerns of the public rather than dismissing them. Several participants noted that messages about competence, showing that migration is being managed fairly and effectively, can reassure the middle ground more than appeals to compassion alone. Cities described the importance of local stories and trusted local figures. Researchers warned against one-off campaigns and recommended long-term strategies evaluated with robust methods. Civil society organisations stressed the importance of involving migrants themselves as messengers rather than speaking on their behalf.
            """,
            ["public opinion", "communication", "movable middle", "contact", "journalism"],
            [DemoExperts.Schafer, DemoExperts.Weissmann, DemoExperts.Lefevre]),
        new(
            "public-opinion-on-migration",
            BriefSeries.FinalSyntheticReport,
            "Following or shaping public opinion? Alternatives to the politics of fear on migration",
            new DateOnly(2019, 11, 26),
            "Policymakers often feel they must choose between following restrictive public sentiment and ignoring it. This final report challenges that dilemma, showing that opinion on migration is more nuanced than assumed, and proposes ways for governments, cities and civil society to engage the public honestly while pursuing fair and effective policies.",
            """
            ## A perceived dilemma

            Many decision-makers assume that the public is hostile to migration and that any open policy will be punished at the ballot box. The result is often a choice between adopting restrictive measures to reassure voters and keeping quiet about policies that might be controversial. Both approaches leave the field to the most polarising voices.

            ## What the evidence says

            - Attitudes towards migration in Europe are on average more positive or mixed than public debate suggests, and have remained relatively stable.
            - Concerns frequently focus on control, fairness and the capacity of services rather than on migrants as such.
            - Views are shaped by values and by local experience more than by statistics.
            - A sizeable middle group holds ambivalent views and is open to balanced arguments.

            ## Dilemmas and alternatives

            **Follow or lead.** Policymakers do not have to choose between echoing fears and ignoring them. Acknowledging concerns while explaining clearly how policies respond to them can build trust.

            **Facts or stories.** Accurate information matters, but it works best when combined with narratives that reflect shared values and real experience.

            **National or local.** National debates are often abstract and polarised, whereas local experience of newcomers tends to be more pragmatic. Giving a voice to mayors, employers and residents can ground the debate in everyday reality.

            **Short or long term.** One-off campaigns rarely change attitudes. Sustained engagement, evaluated over time, builds the trust that policies need to succeed.

            ## Recommendations

            1. Base communication on regular, rigorous opinion research, including the views of the middle ground.
            2. Show competence: explain how migration is managed and how its impacts are addressed.
            3. Invest in contact and participation at local level.
            4. Support independent journalism and media literacy.
            5. Involve migrants as messengers and partners, not only as subjects of the debate.
            """,
            ["public opinion", "politics of fear", "trust", "narratives", "local debate"],
            [DemoExperts.Weissmann, DemoExperts.Carvalho]),

        // Private sponsorship programmes for refugees
        new(
            "private-sponsorship-programmes",
            BriefSeries.DiscussionBrief,
            "Citizens as hosts: the potential of private and community sponsorship for refugees in Europe",
            new DateOnly(2019, 5, 28),
            "Community sponsorship lets citizens, faith groups and associations welcome refugees and support their first steps in a new country. This brief describes the schemes tested in several European countries, discusses what is at stake for integration and protection, and asks stakeholders how sponsorship could grow without replacing the responsibilities of governments.",
            """
            ## What is the issue

            In private or community sponsorship, groups of individuals or organisations commit to supporting refugees for a defined period, often one or two years. They help find housing, arrange school enrolment, accompany people to appointments and introduce them to the local community. Sponsorship may be linked to resettlement, to humanitarian admission or to family reunion.

            Canada has operated sponsorship for decades, and several European countries have introduced their own schemes in recent years, in some cases through humanitarian corridors organised with faith-based organisations. The EU has shown interest in supporting these initiatives, but models differ widely in their legal basis and design. Experience so far suggests that the quality of preparation, matching and follow-up matters at least as much as the number of places offered.

            ## What is at stake

            - **Integration**: sponsored refugees benefit from personal networks that can speed up access to housing, language learning and jobs.
            - **Additionality**: sponsorship should add places to government resettlement, not replace them.
            - **Public support**: involving citizens can strengthen positive attitudes and local ownership.
            - **Responsibilities**: sponsors take on significant tasks and may need training and support.
            - **Selection**: who is sponsored, and how, raises questions of fairness and of protection needs.

            These questions are closely linked to the implementation of the Global Compact on Refugees, which encourages complementary pathways involving civil society.

            ## Questions for stakeholders

            1. What have early sponsorship schemes in Europe achieved, and what challenges have they met?
            2. How can additionality be guaranteed in law and in practice?
            3. What support do sponsors need to avoid burnout and manage expectations?
            4. How should sponsorship relate to public services and to the role of municipalities?
            5. Could EU funding help to scale up sponsorship, and under which conditions?

            ReSOMA is particularly interested in hearing from sponsors and sponsored refugees about their own experience of these programmes.
            """,
            ["private sponsorship", "community sponsorship", "resettlement", "humanitarian corridors", "additionality"],
            [DemoExperts.Sa, DemoExperts.Bianchini]),
        new(
            "private-sponsorship-programmes",
            BriefSeries.PolicyOptionBrief,
            "Designing community sponsorship schemes: options on additionality, sponsor support and the role of the state",
            new DateOnly(2019, 8, 6),
            "Drawing on European and international experience, this brief sets out the design choices facing governments that want to introduce or expand community sponsorship for refugees. It compares options on additionality, sponsor responsibilities, matching and EU support, and reports the views of sponsors, NGOs, municipalities and researchers.",
            """
            ## Options on the table

            - **Naming or matching**: sponsors either name the refugees they wish to support, often relatives of residents, or are matched with refugees identified by UNHCR or national authorities.
            - **Additionality**: sponsored places counted on top of resettlement quotas, or included within them.
            - **Division of responsibilities**: sponsors covering housing and living costs alone, or sharing them with public services and municipalities.
            - **Sponsor support**: training, guidance and an intermediary organisation that advises groups and steps in if a sponsorship breaks down.
            - **EU support**: funding, exchange of practice and a common framework for sponsorship.

            ## Pros and cons

            Naming allows families to reunite and motivates sponsors, but may favour refugees with networks over those most at risk. Matching protects the principle of need but can reduce the engagement of some sponsors. Counting places on top of quotas preserves protection capacity, whereas including them risks substituting private for public effort. Placing all costs on sponsors limits participation to the better-off; sharing costs widens it. Intermediary organisations improve quality and safeguard refugees, but need stable funding. EU support could help expand sponsorship, though national contexts differ.

            ## What stakeholders said

            Participants almost unanimously insisted on additionality, warning that sponsorship must never become a way for states to reduce their own commitments. Sponsors described the rewards and the emotional demands of their role, and asked for better preparation and follow-up. Refugees who had been sponsored valued personal relationships but stressed the importance of independence. Municipalities requested early information and a clear role. Researchers recommended systematic evaluation of outcomes, comparing sponsored refugees with those resettled through government programmes, to build evidence for future design. Several participants suggested starting with modest pilots, evaluated independently, and expanding them only once the support structures for sponsors and refugees have proved to work.
            """,
            ["community sponsorship", "additionality", "naming and matching", "sponsor support", "resettlement"],
            [DemoExperts.Bianchini, DemoExperts.Sa, DemoExperts.Aberg]),
    ];
}
