using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>The demo briefs of the 2018 cycle: one of each series per topic.</summary>
internal static class DemoBriefs2018
{
    public static IReadOnlyList<DemoBrief> All { get; } =
    [
        // Cycle 2018: asylum

        // Responsibility sharing in EU asylum policy
        new(
            "responsibility-sharing-eu-asylum",
            BriefSeries.DiscussionBrief,
            "Sharing responsibility for asylum seekers in the EU: what solidarity could mean in practice",
            new DateOnly(2018, 4, 17),
            "The Dublin rules place most responsibility for asylum applications on the countries where people first arrive. This brief sets out why the imbalance has become a political fault line, reviews the mechanisms tried since 2015 and asks stakeholders which forms of solidarity could win broad support and work on the ground.",
            """
            ## Why it matters

            The Common European Asylum System rests on the idea that one member state is responsible for each asylum application. In practice, the Dublin criteria mean that countries at the external border carry a disproportionate share of registration, reception and decision-making. When arrivals rose sharply in 2015 and 2016, this imbalance turned into a political crisis, and the temporary relocation schemes adopted in response delivered far fewer transfers than planned.

            Responsibility sharing is now at the heart of the stalled reform of the asylum system. Frontline states call for binding relocation; others prefer financial or operational contributions, or reject any obligation to receive asylum seekers at all. Without agreement, the system relies on ad hoc gestures that satisfy no one.

            ## What is at stake

            - **Protection standards**: overstretched systems struggle to offer fair procedures and decent reception.
            - **Trust between member states**: perceived unfairness weakens cooperation on borders and returns.
            - **Free movement**: disputes over responsibility have been linked to the reintroduction of internal border controls.
            - **Credibility abroad**: the EU asks third countries to host large refugee populations while struggling to share responsibility internally.

            ## Questions for stakeholders

            ReSOMA invites researchers, practitioners, local authorities and civil society to contribute their views on the following questions:

            1. Should a sharing mechanism be permanent, or activated only in situations of pressure?
            2. Which contributions should count as solidarity: relocating people, funding, staff, or a combination?
            3. How far should the preferences and links of asylum seekers, such as family, language or community ties, be taken into account?
            4. What role could cities and regions that are willing to receive more people play alongside national governments?
            5. What lessons can be drawn from the relocation schemes of 2015 to 2017?

            Contributions will feed into a policy option brief later in the year.
            """,
            ["responsibility sharing", "solidarity", "dublin regulation", "relocation", "ceas reform"],
            [DemoExperts.Lindqvist, DemoExperts.Nowicki]),
        new(
            "responsibility-sharing-eu-asylum",
            BriefSeries.PolicyOptionBrief,
            "Options for a fairer distribution of asylum responsibilities: relocation, funding and flexible solidarity compared",
            new DateOnly(2018, 10, 9),
            "Drawing on the ReSOMA consultation, this brief compares the main options for sharing responsibility for asylum seekers among member states. It weighs mandatory relocation, financial compensation and so-called flexible solidarity against criteria of fairness, feasibility and protection, and reports where stakeholders agreed and where they remain divided.",
            """
            ## Options on the table

            Debate on reforming the Dublin system has crystallised around a few broad approaches:

            - **Automatic corrective allocation**: once a member state receives more applications than a reference share, further applicants are relocated to others. This offers predictability but has met strong political resistance.
            - **Voluntary relocation with incentives**: states pledge places and receive EU funding per person relocated. Easier to agree, but pledges have historically fallen short.
            - **Financial or operational solidarity**: states that do not receive people pay into a common fund or send staff and equipment instead. This widens participation but risks turning protection into a transaction.
            - **Matching mechanisms**: allocation takes account of family links, language skills or community ties, and of the preferences of receiving municipalities.

            ## What stakeholders said

            Participants broadly agreed that the current criteria, which place most of the burden on countries of first entry, are neither fair nor effective. Many pointed out that ignoring the links of asylum seekers encourages onward movement and wastes resources on transfers that do not hold. NGOs stressed that any mechanism must keep procedural safeguards intact, whereas some government representatives emphasised speed and control.

            Views were split on whether payment should be an acceptable substitute for receiving people. Some saw it as a pragmatic way out of deadlock; others feared it would legitimise refusal to take part in protection. Several contributors from city networks noted that a number of municipalities have publicly offered to receive relocated people and asked for a way to do so directly.

            ## Assessment

            No single option satisfies every criterion. A combination appears most realistic: a permanent, rules-based mechanism that gives weight to meaningful links, backed by adequate EU funding, with alternative contributions allowed only within clear limits and for a defined period. Involving willing local authorities could broaden capacity without waiting for unanimity among member states.
            """,
            ["relocation", "flexible solidarity", "dublin reform", "fair share", "municipalities"],
            [DemoExperts.Nowicki, DemoExperts.Lindqvist, DemoExperts.VanDenBroeck]),
        new(
            "responsibility-sharing-eu-asylum",
            BriefSeries.FinalSyntheticReport,
            "Beyond the solidarity deadlock: rethinking responsibility sharing as a common asylum capacity",
            new DateOnly(2019, 2, 19),
            "The debate on responsibility sharing is often framed as a choice between compulsory relocation and no relocation at all. This final report challenges that dilemma, arguing that shared EU capacity, attention to meaningful links and incentives for willing actors can move the discussion forward while keeping protection standards at the centre.",
            """
            ## A perceived dilemma

            For three years, negotiations on asylum reform have been stuck on one question: should member states be obliged to receive asylum seekers from countries under pressure? Framed in this way, the issue pits frontline states against those refusing quotas, and any compromise looks like a defeat for one side. The ReSOMA consultation suggests that this framing hides more options than it reveals.

            ## Dilemmas and alternatives

            The dilemma between **obligation and voluntarism** is less sharp than it seems. Stakeholders pointed to several ways of combining the two:

            - Moving from sharing people to sharing **capacity**: a stronger EU asylum agency could support registration, procedures and reception wherever they are needed, reducing the pressure to move people quickly.
            - Putting **meaningful links** at the centre of allocation, so that relocation follows family, language and community ties. This would make transfers more sustainable and reduce onward movement.
            - Creating a channel for **willing cities and regions** to offer places, backed by EU funding that goes directly to them.
            - Using EU funds as a reward for member states that receive people rather than merely as compensation for costs.

            A second perceived dilemma opposes **speed and fairness**. Faster procedures at the border are often presented as the price of solidarity. Yet participants warned that procedures which sacrifice safeguards tend to generate appeals, delays and mistrust, ultimately slowing the whole system down.

            ## Recommendations

            1. Treat responsibility sharing as a permanent feature of the asylum system, not a crisis tool.
            2. Invest in common capacity so that solidarity does not depend only on relocation.
            3. Give the links of asylum seekers real weight in allocation decisions.
            4. Open a structured role for local authorities willing to receive.
            5. Monitor outcomes jointly and publish the results, to rebuild trust among member states.

            These steps would not end political disagreement, but they would allow progress where consensus already exists.
            """,
            ["solidarity", "responsibility sharing", "eu asylum agency", "meaningful links", "local authorities"],
            [DemoExperts.Carvalho, DemoExperts.Nowicki]),

        // The safe third country concept: role and limits
        new(
            "safe-third-country-concept",
            BriefSeries.DiscussionBrief,
            "Safe third countries in EU asylum law: how far can the concept stretch?",
            new DateOnly(2018, 5, 8),
            "The safe third country concept lets member states declare an asylum application inadmissible when protection could be found elsewhere. This brief explains how the concept works today, why the proposed reform would widen its use, and which legal and practical questions stakeholders are invited to address.",
            """
            ## What is the issue

            Under EU asylum law, a member state may decline to examine an application on its merits if the applicant can be sent to a non-EU country considered safe for them. The current Asylum Procedures Directive leaves this option to national discretion and attaches conditions: the person must face no risk of persecution or serious harm, must be able to request refugee status, and must have a connection with the third country that makes return reasonable.

            Only a handful of member states have applied the concept regularly. However, the 2016 proposal for an Asylum Procedures Regulation would make it mandatory, loosen the connection requirement and allow EU-level lists of safe third countries. The EU-Turkey Statement of 2016 has already shown how the concept can become a central tool of external cooperation.

            ## Why it matters

            - It shifts the question from *whether* a person needs protection to *where* they should receive it.
            - It depends on assessments of third countries whose asylum systems may be weak or only partly functioning.
            - It affects the relationship of the EU with transit countries, which may see it as shifting responsibility onto them.
            - Inadmissibility decisions may be made quickly, with limited time for applicants to rebut the presumption of safety.

            ## Questions for stakeholders

            1. What evidence exists on how safe third country decisions are made and whether returns actually take place?
            2. What should count as a sufficient connection between the applicant and the third country?
            3. Can a country be safe if it has not ratified the Refugee Convention without geographical limits?
            4. What safeguards, such as individual assessment and suspensive appeals, are indispensable?
            5. How do transit countries perceive the concept, and what does it mean for partnerships with them?

            The legal texts under discussion can be consulted on [EUR-Lex](https://eur-lex.europa.eu/).
            """,
            ["safe third country", "inadmissibility", "asylum procedures", "external cooperation", "connection requirement"],
            [DemoExperts.Vasilescu, DemoExperts.Horak]),
        new(
            "safe-third-country-concept",
            BriefSeries.PolicyOptionBrief,
            "Applying the safe third country concept: policy options and the safeguards they require",
            new DateOnly(2018, 11, 6),
            "This brief sets out four options for the future use of the safe third country concept in the EU, from keeping the current discretionary rules to introducing EU-wide lists. It summarises the arguments heard during the ReSOMA consultation and identifies the safeguards that most stakeholders regard as non-negotiable.",
            """
            ## Options on the table

            The negotiations on the Asylum Procedures Regulation leave several paths open:

            - **Status quo**: the concept remains optional, with the current connection requirement and national designation.
            - **Mandatory application**: member states must apply the concept whenever its conditions are met, as the Commission proposed.
            - **EU-level designation**: a common list of safe third countries, reviewed periodically, would replace diverging national lists.
            - **Restricted use**: the concept would be confined to cases with strong links to the third country and to countries offering protection in line with the Refugee Convention.

            ## Pros and cons

            Supporters of mandatory application argue that it would harmonise practice and discourage onward travel through several safe countries. Critics answered that the concept has rarely led to actual returns, because third countries often refuse to readmit people, leaving applicants in limbo. Making it mandatory may therefore add a procedural layer without reducing the number of cases to be decided.

            A common EU list was welcomed by some as a way to improve consistency, but others feared it would be driven by foreign policy considerations rather than by an objective assessment of protection. Several contributors noted that a country can be safe for some groups and dangerous for others.

            ## What stakeholders said

            Across different backgrounds, participants converged on a core set of safeguards:

            - an individual assessment of safety for the applicant concerned;
            - a genuine connection, not mere transit, with the third country;
            - access to an effective remedy with suspensive effect;
            - confirmation that the third country will readmit the person and give access to a procedure.

            Many practitioners also called for systematic monitoring of what happens to people after return, which is currently almost absent. Without this information, it is difficult to know whether the concept protects anyone or simply moves responsibility elsewhere.
            """,
            ["safe third country", "asylum procedures regulation", "readmission", "effective remedy", "safe country lists"],
            [DemoExperts.Horak, DemoExperts.Vasilescu]),
        new(
            "safe-third-country-concept",
            BriefSeries.FinalSyntheticReport,
            "Protection elsewhere? Challenging the assumptions behind the safe third country concept",
            new DateOnly(2019, 3, 12),
            "The safe third country concept is often presented as a simple way to reduce pressure on EU asylum systems. This final report questions that assumption, shows why inadmissibility rarely leads to protection elsewhere, and proposes to invest in partnerships that strengthen protection in third countries instead of shifting responsibility to them.",
            """
            ## A perceived dilemma

            Policymakers often describe the choice as one between efficiency and protection: either the EU uses the concept widely to manage numbers, or it accepts responsibility for every application lodged on its territory. The ReSOMA consultation suggests that this trade-off is largely illusory.

            ## What the evidence says

            Experience in member states that apply the concept shows a recurring pattern. Inadmissibility decisions are issued, but many people cannot be returned because the third country does not agree to readmit them. Their cases then have to be examined on the merits after a delay, and appeals add further time. In other words, a wider use of the concept may slow procedures down rather than speeding them up.

            The concept also has an external cost. Transit countries that already host large refugee populations tend to see it as an attempt to shift responsibility. This weakens the position of the EU in negotiations on other priorities and sits uneasily with the spirit of the Global Compact on Refugees.

            ## Alternatives

            Instead of a binary choice, participants proposed a different approach:

            - **Strengthen protection where people are**: invest in asylum systems, legal aid and livelihoods in host countries, so that protection there becomes real rather than assumed.
            - **Apply the concept narrowly**: only where a genuine connection exists and readmission is guaranteed in writing.
            - **Link cooperation to resettlement**: combine support to third countries with meaningful resettlement places, so that sharing works in both directions.
            - **Monitor returns**: publish data on what happens to people sent to third countries.

            ## Conclusion

            The concept is not in itself incompatible with international law, but its value depends on conditions that are rarely met. A policy that invests in protection capacity abroad, while keeping fair procedures at home, would deliver more than a concept stretched beyond its limits.
            """,
            ["safe third country", "protection elsewhere", "transit countries", "resettlement", "global compact on refugees"],
            [DemoExperts.Carvalho, DemoExperts.Vasilescu, DemoExperts.DeVries]),

        // Reception conditions for asylum seekers
        new(
            "reception-conditions-asylum-seekers",
            BriefSeries.DiscussionBrief,
            "Reception of asylum seekers in Europe: uneven standards and the role of local actors",
            new DateOnly(2018, 6, 19),
            "Reception conditions for asylum seekers still differ greatly between and within member states. This brief outlines the main gaps in accommodation, health care and support, explains how they affect both dignity and later integration, and invites municipalities, NGOs and service providers to share their experience with the ReSOMA consultation.",
            """
            ## What is the issue

            The Reception Conditions Directive sets common standards for the treatment of people who apply for asylum, from housing and food to health care, education for children and access to work. In practice, the quality of reception varies widely. Some asylum seekers live in small apartments with access to language classes; others spend months in large collective centres far from towns, with little privacy and few activities.

            The sharp increase in arrivals in 2015 and 2016 led many member states to open emergency facilities. Several have since closed them, but the pattern of stop-and-go planning persists. Municipalities and NGOs often step in where national systems fall short, yet their role is seldom recognised in EU policy.

            ## Why it matters

            - **Dignity and health**: overcrowding, isolation and uncertainty can worsen physical and mental health, especially for children and survivors of violence.
            - **Integration**: the reception period becomes a missed opportunity when asylum seekers cannot learn the language or work.
            - **Onward movement**: poor conditions are one of the reasons people move on to another member state.
            - **Costs**: emergency solutions tend to be more expensive than planned, flexible capacity.

            ## Questions for stakeholders

            The 2016 proposal to recast the directive aims at more uniform standards but also introduces stricter rules on residence and on the reduction of material conditions. ReSOMA would like to hear from those working on the ground:

            1. What are the main obstacles to meeting common reception standards in your context?
            2. Which small-scale or community-based models have worked, and could they be replicated?
            3. How can vulnerable applicants be identified early and receive adequate support?
            4. Should access to language learning and employment begin earlier during reception?
            5. How should responsibilities and funding be shared between national and local authorities?
            """,
            ["reception conditions", "asylum seekers", "accommodation", "vulnerability", "municipalities"],
            [DemoExperts.Ostergaard, DemoExperts.Aberg]),
        new(
            "reception-conditions-asylum-seekers",
            BriefSeries.PolicyOptionBrief,
            "Making reception work: options for accommodation, vulnerability assessment and early access to work",
            new DateOnly(2018, 12, 4),
            "Following the ReSOMA consultation on reception conditions, this brief compares options for organising reception more effectively and fairly. It looks at the balance between collective and small-scale accommodation, the identification of vulnerable applicants and earlier access to the labour market, and summarises the views of practitioners and local authorities.",
            """
            ## Options on the table

            Three sets of choices dominate discussions on the recast Reception Conditions Directive.

            **Type of accommodation.** Large collective centres are easier to set up and manage centrally. Small-scale housing in the community can be cost-effective over time and supports contact with local residents, but requires cooperation with municipalities and housing providers.

            **Identification of vulnerability.** Member states can either rely on a single screening on arrival or build continuous assessment into reception, so that needs that emerge later, such as trauma or pregnancy, are picked up.

            **Access to work and training.** The current maximum waiting period for access to the labour market is nine months; the proposal would shorten it to six. Some stakeholders want access from the start, combined with language classes.

            ## Pros and cons

            - Collective centres offer control and economies of scale, but isolate residents and can become sites of tension.
            - Decentralised housing supports integration and local acceptance, but depends on the availability of affordable housing.
            - Continuous vulnerability assessment improves protection, but requires trained staff throughout the reception system.
            - Early access to work reduces dependence on support, but is of limited use without recognition of skills and language training.

            ## What stakeholders said

            Practitioners emphasised that a flexible reserve of capacity, which can be scaled up and down, would avoid the costly emergency measures seen in 2015 and 2016. Local authorities asked to be involved in planning rather than informed at the last moment. NGOs warned against using the reduction of material conditions as a sanction, arguing that it undermines a dignified standard of living and rarely changes behaviour. Several contributors stressed that people whose applications are likely to succeed should begin integration activities immediately, rather than waiting for a decision.
            """,
            ["reception conditions directive", "small-scale accommodation", "vulnerable applicants", "labour market access"],
            [DemoExperts.Ostergaard, DemoExperts.Kooistra, DemoExperts.Lefevre]),
        new(
            "reception-conditions-asylum-seekers",
            BriefSeries.FinalSyntheticReport,
            "From emergency shelter to a first step in integration: alternatives for reception policy",
            new DateOnly(2019, 4, 16),
            "Reception policy is often caught between keeping standards low to avoid attracting arrivals and raising them to protect dignity. This final report challenges that dilemma, arguing that planned, flexible and locally anchored reception serves both protection and the public interest, and sets out practical alternatives for EU and national policymakers.",
            """
            ## Dilemmas and alternatives

            **Deterrence versus dignity.** A persistent assumption holds that generous reception attracts more asylum seekers. Research on how people choose a destination points far more to family, language and community networks than to reception standards. Lowering standards harms those already present while having little effect on arrivals.

            **Temporary versus long-term.** Reception is usually treated as a waiting room until a decision is made. Yet many applicants will stay, and months spent without language classes or activity make later integration harder. Treating reception as the first stage of integration for those likely to be recognised is both humane and economical.

            **Central control versus local involvement.** National governments fear losing control if municipalities play a larger role. Cities and NGOs, however, often have the housing, services and volunteers needed to make reception work, and involving them early can reduce local opposition.

            ## Proposals

            - Build a **flexible reserve** of reception capacity, funded in quiet periods so that it can be expanded quickly when needed.
            - Favour **small-scale accommodation** in communities, with collective centres limited to short stays on arrival.
            - Introduce **continuous identification** of vulnerabilities, with trained staff and referral to specialised services.
            - Offer **language learning and orientation** from the first weeks, and allow early access to work.
            - Give **local authorities** a formal role in planning, and access to EU funds for reception.

            ## Conclusion

            Reception conditions are not only a matter of legal compliance. They shape health, trust and the capacity of newcomers to contribute to society. Policymakers who move beyond the logic of deterrence and emergency will find that better reception is also more sustainable reception, for asylum seekers and for the communities that receive them. The consultation showed that several cities and regions are ready to play this role if national authorities offer them a predictable framework and adequate resources.
            """,
            ["reception", "dignity", "early integration", "flexible capacity", "local authorities"],
            [DemoExperts.Ferraresi, DemoExperts.Ostergaard]),

        // Cycle 2018: migration

        // The crackdown on NGOs assisting refugees and other migrants
        new(
            "crackdown-on-ngos-criminalisation-of-solidarity",
            BriefSeries.DiscussionBrief,
            "When helping becomes a crime: the crackdown on NGOs and volunteers assisting migrants",
            new DateOnly(2018, 4, 26),
            "In several member states, volunteers, rescuers and humanitarian organisations face investigations or prosecution for assisting migrants. This brief describes the forms this crackdown takes, explains the gaps in the EU rules on facilitation, and asks stakeholders to contribute evidence to a shared observatory on the criminalisation of solidarity.",
            """
            ## What is the issue

            Civil society has played a central role in responding to the arrival of refugees and other migrants in Europe: rescuing people at sea, providing food and shelter, offering legal advice and accompanying people through procedures. In recent years, however, a growing number of these actors have been targeted by the authorities. Cases range from criminal charges against ship crews and mountain guides to fines for giving a lift or a bed to someone without papers.

            The Facilitation Directive of 2002 requires member states to penalise those who help people enter or transit irregularly. It allows, but does not require, an exemption for humanitarian assistance, and only for entry and transit. As a result, whether help is treated as a crime depends largely on national law and on the choices of prosecutors.

            ## Forms of the crackdown

            - criminal prosecution for facilitation of irregular entry, transit or stay;
            - administrative sanctions, fines and seizure of vessels;
            - restrictions on access to reception centres, ports or border areas;
            - smear campaigns and public statements that associate NGOs with smugglers;
            - intimidation, harassment and police checks targeting volunteers.

            Even when cases end in acquittal, the process can take years and discourages others from offering help. This **chilling effect** is difficult to measure but widely reported.

            ## Questions for stakeholders

            1. What cases of criminalisation or harassment are you aware of, and how were they resolved?
            2. Which national laws and practices create the greatest risk for humanitarian actors?
            3. Should the EU make a humanitarian exemption mandatory, and how should it be worded?
            4. How does the crackdown affect migrants themselves, including their access to basic services?
            5. How could an observatory best collect and share reliable evidence?
            """,
            ["criminalisation of solidarity", "facilitation directive", "humanitarian assistance", "civil society", "ngos"],
            [DemoExperts.Dufresne, DemoExperts.OConnell, DemoExperts.Nowicki]),
        new(
            "crackdown-on-ngos-criminalisation-of-solidarity",
            BriefSeries.PolicyOptionBrief,
            "Protecting humanitarian assistance: options for reforming the EU Facilitators Package",
            new DateOnly(2018, 9, 18),
            "The EU rules on facilitation leave humanitarian actors exposed to prosecution in several member states. This brief reviews the evidence gathered by ReSOMA, presents options ranging from guidance to a mandatory humanitarian exemption, and reports the views of civil society, lawyers and researchers on each of them.",
            """
            ## What the evidence says

            Evidence collected through the ReSOMA consultation confirms that the crackdown on civil society is not a matter of isolated incidents. Cases have been documented in countries of arrival, transit and destination, concerning rescue at sea, assistance at borders, shelter and transport. Many investigations do not lead to conviction, but the process itself drains resources and deters volunteers. Migrants are also affected: some avoid seeking help, and some have been prosecuted as smugglers for steering a boat.

            ## Options on the table

            - **Status quo**: leave the humanitarian exemption optional and rely on the discretion of prosecutors.
            - **Commission guidance**: issue interpretative guidance clarifying that humanitarian assistance should not be criminalised. This is quick but not binding.
            - **Mandatory humanitarian exemption**: amend the directive so that assistance for humanitarian purposes is excluded from penalties for entry, transit and stay.
            - **Financial gain requirement**: align the definition with the UN Smuggling Protocol, so that only facilitation for financial or material benefit is punishable.
            - **Monitoring**: create a regular reporting mechanism on prosecutions and their outcomes.

            ## Pros and cons

            Guidance could be adopted swiftly, but stakeholders doubted that it would change prosecutorial practice. A mandatory exemption would provide legal certainty, though its scope would need careful drafting to avoid loopholes. Linking the offence to financial gain would follow international standards and focus enforcement on smugglers, but some governments fear it would complicate investigations.

            ## What stakeholders said

            Civil society organisations were nearly unanimous in calling for a binding exemption covering stay as well as entry and transit. Lawyers stressed the value of precise definitions. Researchers underlined the lack of official data and supported an observatory to document cases systematically. Several contributors noted that public statements by officials have contributed to a climate of suspicion and should be part of any response.

            The current texts are available on [EUR-Lex](https://eur-lex.europa.eu/).
            """,
            ["facilitators package", "humanitarian exemption", "smuggling", "prosecution", "observatory"],
            [DemoExperts.Nowicki, DemoExperts.Dufresne]),
        new(
            "crackdown-on-ngos-criminalisation-of-solidarity",
            BriefSeries.FinalSyntheticReport,
            "Solidarity is not smuggling: alternatives to the criminalisation of humanitarian actors",
            new DateOnly(2019, 1, 29),
            "Governments often argue that tolerating assistance to migrants would undermine the fight against smuggling. This final report challenges that dilemma and shows how clearer law, better data and dialogue between authorities and civil society can target smugglers while protecting those who help. It closes with recommendations for the EU and member states.",
            """
            ## A perceived dilemma

            The crackdown on NGOs is frequently justified by the need to break the business model of smugglers. Any exemption for humanitarian help, the argument goes, would create a loophole. Evidence gathered by ReSOMA suggests the opposite: the lack of a clear distinction diverts police and judicial resources towards volunteers and rescuers, while organised smuggling networks adapt quickly.

            ## Dilemmas and alternatives

            **Control or solidarity.** Protecting humanitarian assistance does not mean giving up on enforcement. A definition based on financial or material gain, in line with international law, allows authorities to focus on those who profit from irregular migration.

            **Discretion or certainty.** Leaving the matter to prosecutors has produced inconsistent outcomes across and within member states. A mandatory exemption would give everyone, including the police, clearer rules.

            **Silence or transparency.** Without data, debate relies on anecdotes and accusations. Systematic monitoring would show the real scale of prosecutions and help correct misconceptions in public debate.

            ## Recommendations

            - Amend the Facilitation Directive to exclude humanitarian assistance from penalties for entry, transit and stay.
            - Require financial or material gain as an element of the offence of facilitation.
            - Set up an independent **observatory** to record cases, outcomes and trends, building on the evidence gathered by civil society.
            - Encourage dialogue between law enforcement, prosecutors and humanitarian organisations at national level.
            - Avoid public statements that associate humanitarian actors with criminal networks without evidence.

            ## Looking ahead

            The crackdown has not stopped people from helping, but it has made help more costly and less visible. The next ReSOMA cycle will look at how strategic litigation can consolidate the legal protection of humanitarian actors, complementing legislative change.

            Civil society organisations, researchers and lawyers are invited to keep sharing cases, so that the observatory can offer policymakers a reliable and regularly updated picture of the situation.
            """,
            ["criminalisation of solidarity", "humanitarian exemption", "smuggling", "observatory", "rule of law"],
            [DemoExperts.Dufresne, DemoExperts.Wisniewska, DemoExperts.Bianchini]),

        // Return policy and its effectiveness
        new(
            "return-policy-effectiveness",
            BriefSeries.DiscussionBrief,
            "Measuring what matters in EU return policy: rates, rights and sustainability",
            new DateOnly(2018, 7, 10),
            "Increasing the return of people with no right to stay has become a priority of EU migration policy. This brief explains why return rates are an imperfect measure of effectiveness, outlines the debate on revising the Return Directive and asks stakeholders how return policy could be made both more effective and more respectful of rights.",
            """
            ## What is the issue

            EU institutions regularly note that only a minority of return decisions issued in the EU are actually carried out. This figure has become a benchmark for the success of migration policy and a driver of proposals to tighten procedures, extend detention and strengthen cooperation with countries of origin. The Commission is preparing a revision of the Return Directive in 2018.

            Yet the return rate is a blunt measure. It counts decisions rather than people, does not distinguish between voluntary and forced return, and says nothing about what happens after return. Some people receive several decisions; others leave without being recorded.

            Behind the figures lie very different situations: people whose asylum claims were rejected, people who overstayed a visa, and people who cannot be removed because their country of origin does not recognise them or because return would put them at risk.

            ## What is at stake

            - **Fundamental rights**: safeguards on detention, family life, the best interests of the child and non-refoulement.
            - **Sustainability**: returns without reintegration support may lead to renewed migration.
            - **Relations with third countries**: readmission depends on partnerships that involve trade, visas and development aid.
            - **People who cannot be returned**: many remain in a legal limbo without rights or prospects.

            ## Questions for stakeholders

            1. How should the effectiveness of return policy be defined and measured?
            2. What has made voluntary return and reintegration programmes work, and where have they failed?
            3. What are the consequences of expanding detention and shortening deadlines for voluntary departure?
            4. What solutions exist for people who cannot be returned for legal or practical reasons?
            5. How can cooperation with countries of origin be improved without making development aid conditional on readmission?

            ReSOMA will bring the answers together in a policy option brief in the autumn, with a view to informing the negotiations on the revised directive.
            """,
            ["return policy", "return directive", "voluntary return", "reintegration", "readmission"],
            [DemoExperts.DeVries, DemoExperts.Wisniewska]),
        new(
            "return-policy-effectiveness",
            BriefSeries.PolicyOptionBrief,
            "Voluntary return, enforcement and regularisation: weighing the options under the recast Return Directive",
            new DateOnly(2018, 11, 27),
            "The proposal to recast the Return Directive aims to speed up returns through border procedures, shorter voluntary departure periods and wider grounds for detention. This brief compares these measures with alternatives such as stronger voluntary return programmes and case-by-case regularisation, drawing on the views gathered through the ReSOMA consultation.",
            """
            ## Options on the table

            The proposal presented by the Commission in September 2018 focuses on speed and enforcement. Key elements include:

            - a border procedure for rejected asylum seekers, with shorter appeal deadlines;
            - an obligation to cooperate with return procedures, and consequences for non-compliance;
            - the removal of the voluntary departure period in certain situations;
            - a broader list of criteria for the risk of absconding, which could increase detention.

            Alternatives raised by stakeholders include investment in **assisted voluntary return** and reintegration, case management that starts early in the asylum procedure, and **regularisation** or temporary status for people who cannot be returned.

            ## Pros and cons

            Enforcement-oriented measures may increase the number of removals in the short term, but participants doubted their overall effect, since many returns fail for reasons that lie outside the EU, such as lack of travel documents or refusal of readmission. Expanding detention carries high costs and risks to the rights and health of detainees.

            Voluntary return tends to be cheaper, more dignified and more sustainable, especially when combined with reintegration support. It requires trust, counselling and realistic information, which are difficult to provide in a climate of pressure.

            Regularisation of people who cannot be returned is politically sensitive, yet it avoids years of limbo and reduces exploitation. Several member states already use it in individual cases.

            ## What stakeholders said

            Participants agreed that return rates should not be the only indicator of success, and many suggested measuring sustainability and respect for rights as well. NGOs and lawyers warned that shortened deadlines and border procedures would limit access to an effective remedy. Some government representatives highlighted the difficulty of maintaining public confidence in the asylum system when negative decisions are not enforced.
            """,
            ["return directive recast", "assisted voluntary return", "regularisation", "absconding", "detention"],
            [DemoExperts.DeVries, DemoExperts.Horak, DemoExperts.Wisniewska]),
        new(
            "return-policy-effectiveness",
            BriefSeries.FinalSyntheticReport,
            "Rethinking effectiveness in return policy: alternatives to a numbers-driven approach",
            new DateOnly(2019, 4, 2),
            "Return policy is often presented as a choice between strict enforcement and tolerating irregular stay. This final report argues that this dilemma is misleading, and proposes a broader understanding of effectiveness that combines fair procedures, voluntary return with reintegration support and realistic solutions for people who cannot leave.",
            """
            ## A perceived dilemma

            Public debate frames return policy as a test of credibility: either the EU enforces return decisions, or it signals that anyone can stay. This framing pushes towards ever tougher measures, even though the obstacles to return often lie beyond the control of member states.

            ## What the evidence says

            Experience across Europe suggests that:

            - most successful returns are voluntary or assisted, rather than forced;
            - cooperation with countries of origin depends on broader relationships and cannot be secured through pressure alone;
            - detention is expensive and does not reliably lead to removal;
            - people who remain in limbo for years are more exposed to exploitation and destitution, which creates costs for cities and services.

            ## Dilemmas and alternatives

            **Numbers or outcomes.** Instead of focusing only on the return rate, effectiveness could be measured by a combination of indicators: timely decisions, sustainable returns, respect for rights and the resolution of cases, whether by return or by a secure status.

            **Pressure or engagement.** Early, individual counselling that gives people a realistic picture of their options increases the chance of voluntary return. It works best when it is provided by trusted organisations rather than only by enforcement agencies.

            **Limbo or resolution.** Where return is not possible within a reasonable period, granting a temporary or permanent status ends uncertainty and allows people to work and contribute.

            ## Recommendations

            1. Adopt a broader set of indicators for return policy and publish them every year.
            2. Invest in assisted voluntary return and reintegration, in partnership with countries of origin.
            3. Use detention only as a last resort, and develop community-based alternatives.
            4. Provide clear routes to status for people who cannot be returned.
            5. Keep safeguards and effective remedies in any accelerated procedure.
            """,
            ["return policy", "effectiveness", "voluntary return", "limbo", "indicators"],
            [DemoExperts.Bianchini, DemoExperts.DeVries]),

        // Legal pathways for labour migration
        new(
            "legal-pathways-labour-migration",
            BriefSeries.DiscussionBrief,
            "Opening doors for workers: the case for new legal pathways for labour migration to the EU",
            new DateOnly(2018, 6, 5),
            "Many European labour markets face shortages, yet legal routes for migrant workers remain narrow and fragmented, especially outside highly skilled jobs. This brief explains what is at stake in the EU debate on labour migration and asks employers, unions, cities and researchers which pathways could meet real needs while protecting workers.",
            """
            ## What is the issue

            The EU has built a patchwork of directives on labour migration, covering highly qualified workers, seasonal workers, intra-corporate transferees, researchers and students. Admission of most other workers remains a national competence. As a result, routes into medium- and lower-skilled jobs, where many shortages exist, are limited and vary considerably between member states.

            Ageing populations and shortages in sectors such as health care, construction, agriculture and information technology have renewed interest in legal migration. At the same time, the EU is discussing pilot projects with partner countries in Africa and elsewhere, linking legal pathways to cooperation on migration management. The negotiations on reforming the Blue Card, however, have proved difficult.

            ## Why it matters

            - **Economic needs**: employers report difficulty in filling vacancies at several skill levels.
            - **Protection of workers**: migrants in precarious or irregular situations are more exposed to exploitation.
            - **Partnerships**: countries of origin see legal pathways as a fair counterpart to cooperation on returns.
            - **Irregular migration**: some argue that safe legal routes could reduce dangerous journeys, although the link is debated.

            Cities and regions are often the first to notice mismatches between the skills available locally and the needs of employers, yet they have little say in admission policy. Their experience, and that of migrant workers themselves, is a valuable source of evidence for this consultation.

            ## Questions for stakeholders

            1. Which labour migration schemes, at EU or national level, have matched skills with demand effectively?
            2. How can the recognition of qualifications and skills be made faster and simpler?
            3. What safeguards protect migrant workers against exploitation and dependence on a single employer?
            4. How should pilot partnerships with third countries be designed to benefit all parties, including migrants?
            5. What role should social partners and cities play in designing legal pathways?
            """,
            ["legal pathways", "labour migration", "blue card", "skills shortages", "skills recognition"],
            [DemoExperts.Makela, DemoExperts.Schafer]),
        new(
            "legal-pathways-labour-migration",
            BriefSeries.PolicyOptionBrief,
            "Pilot projects, Blue Card reform or an EU talent pool? Comparing options for legal labour migration",
            new DateOnly(2018, 10, 23),
            "This brief weighs the main options for widening legal labour migration to the EU: reform of the Blue Card, pilot partnerships with countries of origin, a common pool of candidates and sectoral schemes for medium-skilled work. It summarises the findings of the consultation on the benefits, risks and conditions for success of each.",
            """
            ## Options on the table

            - **Blue Card reform**: lower salary thresholds, more flexible recognition of experience and easier mobility within the EU for highly skilled workers.
            - **Pilot partnerships**: small-scale schemes with selected countries of origin, combining training, recruitment and circulation of skills.
            - **An EU talent pool**: a common platform where candidates can register and employers can search, with admission still decided nationally.
            - **Sectoral schemes**: legal routes for specific occupations with shortages, including medium-skilled jobs in care, construction or agriculture.
            - **Change of status**: allowing asylum seekers and other migrants already in the EU to switch to a work permit.

            ## Pros and cons

            A reformed Blue Card would make the EU more attractive to highly skilled workers but would do little for shortages in other sectors. Pilot partnerships can build trust with countries of origin, yet they have so far involved small numbers and have been difficult to scale up. A talent pool could simplify matching, but it depends on the willingness of member states to use it. Sectoral schemes respond directly to demand but require strong protections to prevent exploitation, particularly where the residence of workers depends on one employer.

            Allowing a change of status was welcomed by employers and several cities as a pragmatic way to use skills already present, while some governments feared it would blur the line between asylum and labour migration.

            ## What stakeholders said

            Participants agreed that legal pathways should be designed with social partners and include equal treatment in pay and working conditions. Many emphasised the importance of skills recognition and pre-departure language training. Researchers cautioned against presenting legal pathways mainly as a tool to reduce irregular migration, since the evidence on this link is limited. Several contributors called for better data on labour needs at regional level, where shortages are most visible.
            """,
            ["blue card", "pilot projects", "talent pool", "change of status", "equal treatment"],
            [DemoExperts.Schafer, DemoExperts.Makela, DemoExperts.Ibanez]),
        new(
            "legal-pathways-labour-migration",
            BriefSeries.FinalSyntheticReport,
            "Labour migration as a shared investment: alternatives to a bargaining logic on legal pathways",
            new DateOnly(2019, 3, 26),
            "Legal labour migration is often treated either as a reward offered to countries that cooperate on returns or as a concession to employers. This final report challenges both views, proposing that legal pathways be designed as shared investments in skills that benefit migrants, countries of origin and European labour markets alike.",
            """
            ## Dilemmas and alternatives

            **Conditionality or partnership.** In recent years, legal pathways have often been discussed as leverage in negotiations on readmission. Stakeholders in the ReSOMA consultation warned that this approach limits the number of places offered and reduces trust. Partnerships based on mutual interest, including training in countries of origin, may prove more durable.

            **Highly skilled or everyone else.** EU instruments focus mainly on highly qualified workers, while many shortages concern medium-skilled jobs. Treating only the highly skilled as desirable ignores the needs of care, construction, transport and agriculture.

            **Flexibility or protection.** Employers ask for quick and flexible recruitment; unions ask for equal treatment and protection from abuse. These goals can be reconciled: permits that allow a change of employer, together with accessible information on rights, make workers less vulnerable without making recruitment slower.

            ## Proposals

            - Design **skills partnerships** in which training takes place in the country of origin, benefiting both those who migrate and those who stay.
            - Open **legal routes for medium-skilled occupations** with identified shortages, in consultation with social partners.
            - Make **skills recognition** faster, including through validation of informal experience.
            - Guarantee **equal treatment** and the right to change employer after a short initial period.
            - Allow people already in the EU, including rejected asylum seekers with job offers, to apply for a work permit under clear conditions.
            - Improve **regional labour market data** so that pathways match actual needs.

            ## Conclusion

            Legal labour migration need not be a zero-sum bargain. Designed as a long-term investment in people and skills, it can support European economies and development in countries of origin while offering migrants safe and fair conditions. The key is to move from small pilots to stable, transparent schemes.
            """,
            ["legal pathways", "skills partnerships", "medium-skilled work", "labour shortages", "equal treatment"],
            [DemoExperts.Ferraresi, DemoExperts.Schafer]),

        // Cycle 2018: integration

        // Family reunion for beneficiaries of international protection
        new(
            "family-reunion-beneficiaries-international-protection",
            BriefSeries.DiscussionBrief,
            "Separated by procedure: the obstacles refugees face in reuniting with their families",
            new DateOnly(2018, 5, 22),
            "Family reunion is a lifeline for refugees, yet long waiting periods, costly procedures and strict documentary demands keep many families apart for years. This brief sets out the main hardships and restrictions across member states and invites stakeholders to identify practical changes that would make the right to family life effective.",
            """
            ## What is the issue

            The Family Reunification Directive grants refugees more favourable conditions than other third-country nationals: they can be exempted from income, housing and integration requirements if they apply within three months of receiving protection. In practice, however, many families face serious obstacles. Relatives often have to travel to an embassy in a neighbouring country to submit an application, sometimes crossing borders irregularly. Documents proving family ties may be unavailable or not accepted. Fees, DNA tests and translation costs add up.

            Since 2015, several member states have tightened their rules, in particular for beneficiaries of subsidiary protection, whose right to family reunion has been suspended or delayed in some countries. The three-month deadline is also hard to meet for people who are unaware of it or cannot gather documents in time.

            ## Why it matters

            - **Safety**: family members left behind may live in danger or in precarious conditions in camps and transit countries.
            - **Integration**: separation weighs on mental health and makes it harder to learn a language or find work.
            - **Irregular routes**: when legal reunion is blocked, relatives may attempt dangerous journeys.
            - **Children**: unaccompanied minors and separated children are particularly affected.

            ## Questions for stakeholders

            1. What are the most significant obstacles in your country, and how have they changed since 2015?
            2. How can family links be established fairly when documents are missing?
            3. Should the more favourable rules for refugees be extended to beneficiaries of subsidiary protection?
            4. What practical support, such as help with travel documents or embassy appointments, would make the biggest difference?
            5. How could family reunion be better linked to integration policies?

            Contributions from legal advisers, sponsors and family members themselves will help ReSOMA map where the greatest hardships lie and which changes would be feasible in the short term.
            """,
            ["family reunion", "subsidiary protection", "family reunification directive", "separated families", "integration"],
            [DemoExperts.Lindqvist, DemoExperts.Aberg]),
        new(
            "family-reunion-beneficiaries-international-protection",
            BriefSeries.PolicyOptionBrief,
            "Reducing the hardships of family reunion: policy options on deadlines, evidence and subsidiary protection",
            new DateOnly(2018, 9, 25),
            "Building on the ReSOMA consultation, this brief reviews options to remove the main barriers to family reunion for refugees and beneficiaries of subsidiary protection. It considers longer or waived deadlines, flexible evidence of family ties, consular support and equal treatment, and reports how stakeholders assessed each option.",
            """
            ## Options on the table

            - **Extending or waiving the three-month deadline** for the more favourable conditions, or starting it only once the person has been properly informed.
            - **Flexible evidence of family ties**, accepting a range of documents and interviews, with DNA testing as a last resort and at public expense.
            - **Consular and practical support**, such as online applications, mobile embassy services and travel documents issued by the receiving state.
            - **Equal treatment for beneficiaries of subsidiary protection**, applying the same rules as for recognised refugees.
            - **A broader definition of family**, including adult children, dependent parents and other relatives who depend on the sponsor.

            ## Pros and cons

            Extending deadlines costs little and removes an arbitrary barrier, though some governments fear it would make planning harder. Flexible evidence addresses the reality of conflict zones, but requires trained staff to assess credibility. Consular support is effective but depends on cooperation between ministries and on the presence of embassies in the region. Equal treatment for holders of subsidiary protection would remove a distinction that has little meaning for people fleeing war; several member states, however, introduced restrictions precisely to reduce numbers. A broader family definition would match real family structures but raises concerns about costs and verification.

            ## What stakeholders said

            Legal advisers and NGOs reported that the combination of short deadlines, missing documents and distant embassies is often what stops families, rather than any single rule. They urged member states to use the flexibility already allowed by the directive. Local authorities pointed out that reunited families need housing and school places, and asked to be informed early. Researchers highlighted the lack of comparable data on applications, refusals and waiting times, which makes it difficult to assess the impact of recent restrictions.
            """,
            ["family reunion", "subsidiary protection", "evidence of family ties", "consular support", "family definition"],
            [DemoExperts.Lindqvist, DemoExperts.Sa]),
        new(
            "family-reunion-beneficiaries-international-protection",
            BriefSeries.FinalSyntheticReport,
            "Family life is not a pull factor: alternatives to restricting family reunion for refugees",
            new DateOnly(2019, 2, 5),
            "Restrictions on family reunion are often justified as a way to limit arrivals and manage integration capacity. This final report challenges that reasoning, shows how separation undermines integration and safety, and proposes alternatives that secure family unity while responding to legitimate concerns about planning and verification.",
            """
            ## A perceived dilemma

            Since 2015, some governments have argued that generous family reunion encourages more people to seek asylum in Europe and stretches housing and schools. The resulting restrictions are presented as a necessary trade-off between the rights of refugees and the capacity of host societies.

            ## What the evidence says

            Consultation participants pointed to research and practice showing that:

            - people fleeing persecution choose where to go for many reasons, and family reunion rules play only a limited role;
            - long separation harms mental health, slows language learning and delays entry into work;
            - blocked legal reunion can push relatives, including children, onto dangerous routes;
            - reunited families tend to settle more quickly and rely less on support over time.

            ## Dilemmas and alternatives

            **Control or rights.** Managing arrivals does not require keeping families apart. Predictable, safe legal procedures give states better information on who is coming and when than irregular arrivals ever could.

            **Capacity or integration.** Concerns about housing and schools are real, but they are better met by planning with municipalities than by delaying reunion. Informing cities as soon as a visa is granted allows them to prepare.

            **Verification or flexibility.** States need to verify family ties, but rigid documentary rules fail in conflict settings. Interviews, a range of evidence and DNA testing as a last resort can ensure both reliability and fairness.

            ## Recommendations

            1. Apply the same favourable rules to refugees and beneficiaries of subsidiary protection.
            2. Drop or extend the three-month deadline, and inform beneficiaries of their rights in their own language.
            3. Accept alternative evidence and cover the costs of DNA tests where they are needed.
            4. Facilitate applications through online systems and cooperation between embassies.
            5. Involve local authorities in preparing for the arrival of reunited families.
            """,
            ["family reunion", "family unity", "integration", "pull factor", "subsidiary protection"],
            [DemoExperts.Sa, DemoExperts.Lindqvist, DemoExperts.Carvalho]),

        // Labour market integration of refugees
        new(
            "labour-market-integration-refugees",
            BriefSeries.DiscussionBrief,
            "Refugees at work: why labour market integration takes so long and what could speed it up",
            new DateOnly(2018, 7, 24),
            "Refugees generally take longer than other migrants to find stable employment, and refugee women face particular barriers. This brief outlines the main obstacles, from language and skills recognition to trauma and discrimination, and asks employers, public employment services, cities and refugee-led organisations which measures make the greatest difference.",
            """
            ## What is the issue

            Refugees arrive without a job offer and often after long and traumatic journeys. Many have had their education or careers interrupted, and they may lack documents proving their qualifications. They need to learn a new language, understand an unfamiliar labour market and often wait months or years for a decision on their asylum application before they can settle. As a result, their employment rates tend to catch up with those of other migrants only after many years.

            The EU Action Plan on the integration of third-country nationals, adopted in 2016, identified early labour market integration as a priority. Member states, cities and employers have launched a wide range of initiatives since then, but evaluations remain scarce and practice is fragmented. Refugees themselves often point to a lack of information, of professional networks and of recognition for what they already know, rather than a lack of motivation. Employers, for their part, report uncertainty about residence rules and about how to assess foreign qualifications.

            ## What is at stake

            - **Individual lives**: stable work supports independence, dignity and mental health.
            - **Gender equality**: refugee women often have lower employment rates and fewer opportunities for training.
            - **Public finances**: faster integration reduces reliance on social assistance.
            - **Skills**: much valuable experience is lost when qualifications go unrecognised.
            - **Social cohesion**: the workplace is one of the main places where newcomers meet residents.

            ## Questions for stakeholders

            1. Which measures, such as early skills assessment, mentoring or vocational language training, have shown the best results in your experience?
            2. How can the recognition of qualifications and informal skills be made faster and more accessible?
            3. What works to reach refugee women and people with care responsibilities?
            4. How can employers be supported to recruit refugees and to combat discrimination?
            5. How should EU funds support long-term programmes rather than short projects?
            """,
            ["labour market integration", "refugees", "skills recognition", "refugee women", "employment"],
            [DemoExperts.Papadakis, DemoExperts.Juric]),
        new(
            "labour-market-integration-refugees",
            BriefSeries.PolicyOptionBrief,
            "Early intervention, skills recognition and employer engagement: options for refugee employment",
            new DateOnly(2018, 12, 11),
            "This brief compares policy options for improving the employment of refugees, from early skills assessment during the asylum procedure to wage subsidies, mentoring and the fast-track recognition of qualifications. It summarises which approaches stakeholders considered most promising and the conditions under which they work.",
            """
            ## Options on the table

            - **Early skills assessment**: mapping the education, experience and aspirations of asylum seekers soon after arrival, so that training and job search can begin quickly.
            - **Combined language and vocational training**: courses that teach the language of a trade while building work experience.
            - **Fast-track recognition**: simplified procedures and tools, such as qualifications passports, for people without full documentation.
            - **Subsidised employment and placements**: temporary wage subsidies or internships to give refugees a first job and local references.
            - **Mentoring and networks**: pairing refugees with professionals or volunteers who share contacts and knowledge of workplace culture.
            - **Targeted support for women**: childcare, flexible courses and outreach through community organisations.

            ## Pros and cons

            Early assessment helps plan integration, but it is less useful if asylum procedures remain long and uncertain. Combined training shows strong results but requires close cooperation between education providers and employers. Fast-track recognition unlocks skills but depends on the willingness of professional bodies. Subsidised jobs can open doors, though they risk creating a cycle of short contracts if not linked to further training. Mentoring is affordable and well received, but its reach depends on volunteers.

            ## What stakeholders said

            Participants stressed that no single measure is enough: the most successful programmes combine language, skills and contacts in a personalised pathway. Cities emphasised their role in bringing together job centres, schools and employers, and asked for more stable funding. Employers called for simpler administrative rules on work permits and a single contact point. Refugee-led organisations highlighted discrimination in recruitment and the need to involve refugees in designing programmes. Several contributors noted that measures for women are often added late, while they should be built in from the start.
            """,
            ["early intervention", "skills assessment", "vocational language training", "mentoring", "employers"],
            [DemoExperts.Juric, DemoExperts.Papadakis, DemoExperts.Kooistra]),
        new(
            "labour-market-integration-refugees",
            BriefSeries.FinalSyntheticReport,
            "Any job or the right job? Challenging trade-offs in the labour market integration of refugees",
            new DateOnly(2019, 4, 25),
            "Policies for refugee employment often force a choice between quick entry into any job and longer investment in language and qualifications. This final report challenges that trade-off and proposes integrated pathways that combine early work with training, supported by stable local partnerships and funding.",
            """
            ## A perceived dilemma

            Two approaches dominate the debate. A **work-first** approach pushes refugees into employment as quickly as possible to reduce reliance on benefits. A **train-first** approach invests in language and qualifications before entry into the labour market. Each has its advocates, and policies have swung between them.

            ## What the evidence says

            Consultation participants and the research they referred to suggest that:

            - quick entry into low-skilled jobs brings early income but can trap people in precarious work below their qualifications;
            - long training without contact with employers delays independence and can erode motivation;
            - programmes that combine work and learning tend to produce more stable employment over time;
            - outcomes for refugee women improve when childcare and flexible schedules are part of the offer.

            ## Dilemmas and alternatives

            The choice between speed and quality is largely a false one. **Dual pathways**, in which refugees work part-time while attending vocational language courses, deliver both income and progression. Recognising partial qualifications and offering bridging courses allows people to return to their professions faster. Employers that receive support and guidance are more willing to take on refugees and to invest in their training.

            A second dilemma concerns **mainstream or targeted services**. Public employment services need specific expertise on refugees, but separate programmes can isolate participants. Adapting mainstream services, with specialist staff and interpreters, appears more sustainable.

            ## Recommendations

            1. Start skills assessment and language learning during the asylum procedure.
            2. Fund dual pathways that combine work, training and mentoring.
            3. Build recognition of partial qualifications and informal skills.
            4. Design measures for women from the outset.
            5. Support cities to coordinate employers, services and civil society over several years.

            Taken together, these steps would turn the early years after arrival into an investment rather than a waiting period, for refugees and for the economies that need their skills.
            """,
            ["work first", "dual pathways", "refugee employment", "skills", "mainstreaming"],
            [DemoExperts.Papadakis, DemoExperts.Ferraresi]),

        // Access to services for undocumented migrants
        new(
            "access-to-services-undocumented-migrants",
            BriefSeries.DiscussionBrief,
            "Health care, schooling and shelter for undocumented migrants: what cities face",
            new DateOnly(2018, 6, 28),
            "Undocumented migrants often cannot use the health care, education, shelter and justice to which they are at least partly entitled, largely because they fear being reported. This brief describes the barriers, explains why cities are at the forefront of the issue and asks stakeholders about local solutions and their place in EU policy.",
            """
            ## What is the issue

            Undocumented migrants live in every European country. Some entered irregularly; many more overstayed a visa, lost a residence permit or had an asylum application rejected. International and EU law grant them certain basic rights, such as emergency health care, schooling for children and access to justice for victims of crime. In practice, these rights are often out of reach.

            Barriers include complex administrative requirements, lack of information, costs and, above all, fear that contacting a service will lead to detection and deportation. In some countries, service providers are required or encouraged to share data with immigration authorities.

            ## Why cities are at the forefront

            Cities see the consequences of exclusion first: untreated illnesses that end up in emergency rooms, children out of school, families sleeping rough, and victims who do not report exploitation or violence. A number of municipalities have responded by offering services regardless of status, or by setting up local identity cards and health programmes. These initiatives are often in tension with national policies.

            ## What is at stake

            - **Public health**: excluding part of the population from care undermines prevention and increases costs.
            - **Children's rights**: education and health care are essential regardless of residence status.
            - **Labour exploitation**: fear of the authorities leaves workers unable to claim wages or report abuse.
            - **Local governance**: cities need legal clarity about what they may and may not provide.

            ## Questions for stakeholders

            1. Which services are most difficult for undocumented migrants to access in your context, and why?
            2. What local schemes have improved access, and how are they funded?
            3. Should the EU promote **firewalls** that separate service provision from immigration enforcement?
            4. How can victims of crime be encouraged to report without fear?
            """,
            ["undocumented migrants", "access to services", "firewall", "health care", "cities"],
            [DemoExperts.Wisniewska, DemoExperts.VanDenBroeck]),
        new(
            "access-to-services-undocumented-migrants",
            BriefSeries.PolicyOptionBrief,
            "Firewalls, local schemes and EU guidance: options to secure basic services for people without papers",
            new DateOnly(2018, 11, 13),
            "This brief examines options for ensuring that undocumented migrants can reach essential health care, education, shelter and justice. It compares firewalls between services and immigration enforcement, local inclusive schemes, national entitlements and EU guidance, and reports the views of cities, health professionals and NGOs collected by ReSOMA.",
            """
            ## Options on the table

            - **Firewalls**: legal or administrative guarantees that information collected by schools, hospitals, shelters or the police when dealing with victims will not be used for immigration enforcement.
            - **Local inclusive schemes**: municipal programmes that provide services regardless of status, such as health clinics, shelters and city identity cards.
            - **National entitlements**: clear rules granting access to primary and preventive health care, not only emergency treatment, and to schooling for all children.
            - **EU guidance and funding**: recommendations on access to services, reinforced by the use of EU funds for inclusive local programmes.
            - **Status resolution**: regularisation programmes or individual procedures to reduce the number of people living without papers.

            ## Pros and cons

            Firewalls are relatively cheap and build trust, but they can be resisted by governments that see service providers as part of migration control. Local schemes show that inclusion is possible, but they depend on political will and can create unequal treatment between cities. National entitlements provide certainty but are often narrow. EU guidance has limited legal force in areas of national competence, though it can influence the use of funds and the wider debate. Status resolution addresses the root of the problem, but it remains politically sensitive.

            ## What stakeholders said

            Health professionals emphasised that limiting care to emergencies is both costly and contrary to medical ethics. Cities described how they work within legal grey zones, and asked for recognition and funding rather than additional obligations. NGOs stressed that fear of being reported is the main barrier and that firewalls would make the greatest difference at the lowest cost. Several participants pointed out that the EU Victims' Rights Directive already applies regardless of residence status, but is not well known among police and service providers. Many called for better data, collected in ways that do not expose individuals.
            """,
            ["firewall", "undocumented migrants", "local inclusion", "health care", "victims' rights"],
            [DemoExperts.Wisniewska, DemoExperts.Juric, DemoExperts.Lefevre]),
        new(
            "access-to-services-undocumented-migrants",
            BriefSeries.FinalSyntheticReport,
            "Inclusion without regular status? Alternatives to excluding undocumented migrants from basic services",
            new DateOnly(2019, 3, 5),
            "Policymakers often fear that giving undocumented migrants access to services undermines immigration control. This final report argues that the dilemma is overstated, as exclusion carries public health, social and economic costs, and proposes firewalls, inclusive local services and status resolution as complementary alternatives.",
            """
            ## A perceived dilemma

            Granting access to health care, education or shelter to people without a residence permit is frequently presented as rewarding irregular stay and weakening the credibility of migration policy. Restricting access, on this view, encourages departure. Evidence from the ReSOMA consultation does not support this assumption.

            ## What the evidence says

            - People rarely decide to migrate or to stay because of access to basic services.
            - Exclusion from primary care leads to later, more expensive emergency treatment.
            - Children who are out of school face long-term harm, whatever their future residence status.
            - Fear of detection discourages victims of crime and exploitation from coming forward, which weakens law enforcement.
            - Cities bear the costs of exclusion, while they have limited tools to influence national migration decisions.

            ## Dilemmas and alternatives

            **Control or inclusion.** Migration control and access to services pursue different goals and can be separated. A **firewall** allows both: enforcement continues through its own channels, while services focus on health, education and safety.

            **National or local.** Rather than seeing local initiatives as a challenge to national authority, governments could recognise them as practical solutions and learn from them. Dialogue between levels of government reduces conflict and legal uncertainty.

            **Temporary fixes or durable solutions.** Access to services eases immediate hardship, but long-term irregularity remains a problem. Clear procedures for people who cannot be returned, or who have strong ties to the country, address its root causes.

            ## Recommendations

            1. Introduce firewalls for health care, education, shelters and the reporting of crime.
            2. Guarantee primary and preventive care, and schooling for all children.
            3. Support inclusive city programmes through EU and national funding.
            4. Provide accessible procedures to resolve the status of people in prolonged irregularity.
            """,
            ["undocumented migrants", "firewall", "public health", "inclusive cities", "status resolution"],
            [DemoExperts.Dufresne, DemoExperts.VanDenBroeck, DemoExperts.Carvalho]),

    ];
}
