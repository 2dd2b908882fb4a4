using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>An author of a demo brief: a fictional person at a (partner or demo) organisation.</summary>
public sealed record DemoAuthor(string Name, string Organisation);

/// <summary>A demo policy brief, written for the demo portal.</summary>
public sealed record DemoBrief(
    string TopicSlug, BriefSeries Series, string Title, DateOnly Published,
    string Summary, string Body, IReadOnlyList<string> Keywords, IReadOnlyList<DemoAuthor> Authors);

/// <summary>Forty-nine demo briefs across both cycles, all three series and all areas.</summary>
public static class DemoBriefs
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
            [Experts.Lindqvist, Experts.Nowicki]),
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
            [Experts.Nowicki, Experts.Lindqvist, Experts.VanDenBroeck]),
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
            [Experts.Carvalho, Experts.Nowicki]),

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
            [Experts.Vasilescu, Experts.Horak]),
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
            [Experts.Horak, Experts.Vasilescu]),
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
            [Experts.Carvalho, Experts.Vasilescu, Experts.DeVries]),

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
            [Experts.Ostergaard, Experts.Aberg]),
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
            [Experts.Ostergaard, Experts.Kooistra, Experts.Lefevre]),
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
            [Experts.Ferraresi, Experts.Ostergaard]),

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
            [Experts.Dufresne, Experts.OConnell, Experts.Nowicki]),
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
            [Experts.Nowicki, Experts.Dufresne]),
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
            [Experts.Dufresne, Experts.Wisniewska, Experts.Bianchini]),

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
            [Experts.DeVries, Experts.Wisniewska]),
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
            [Experts.DeVries, Experts.Horak, Experts.Wisniewska]),
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
            [Experts.Bianchini, Experts.DeVries]),

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
            [Experts.Makela, Experts.Schafer]),
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
            [Experts.Schafer, Experts.Makela, Experts.Ibanez]),
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
            [Experts.Ferraresi, Experts.Schafer]),

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
            [Experts.Lindqvist, Experts.Aberg]),
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
            [Experts.Lindqvist, Experts.Sa]),
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
            [Experts.Sa, Experts.Lindqvist, Experts.Carvalho]),

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
            [Experts.Papadakis, Experts.Juric]),
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
            [Experts.Juric, Experts.Papadakis, Experts.Kooistra]),
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
            [Experts.Papadakis, Experts.Ferraresi]),

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
            [Experts.Wisniewska, Experts.VanDenBroeck]),
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
            [Experts.Wisniewska, Experts.Juric, Experts.Lefevre]),
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
            [Experts.Dufresne, Experts.VanDenBroeck, Experts.Carvalho]),

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
            [Experts.Lindqvist, Experts.Horak]),
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
            [Experts.Horak, Experts.Lindqvist, Experts.Vasilescu]),
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
            [Experts.Horak, Experts.Carvalho]),

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
            [Experts.Vasilescu, Experts.DeVries]),
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
            [Experts.DeVries, Experts.Vasilescu, Experts.Bianchini]),

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
            [Experts.Ostergaard, Experts.Nowicki]),
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
            [Experts.Nowicki, Experts.Ostergaard, Experts.VanDenBroeck]),

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
            [Experts.Wisniewska, Experts.Horak]),
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
            [Experts.Horak, Experts.Wisniewska, Experts.Sa]),

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
            [Experts.Weissmann, Experts.Makela]),
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
            [Experts.Makela, Experts.Weissmann, Experts.Juric]),

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
            [Experts.Dufresne, Experts.Ostergaard]),
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
            [Experts.Ostergaard, Experts.Dufresne, Experts.Wisniewska]),
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
            [Experts.Dufresne, Experts.Bianchini, Experts.Ostergaard]),

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
            [Experts.VanDenBroeck, Experts.Ibanez]),
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
            [Experts.Juric, Experts.Ibanez, Experts.Kooistra]),
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
            [Experts.VanDenBroeck, Experts.Ferraresi]),

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
            [Experts.Weissmann, Experts.Schafer]),
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
            [Experts.Schafer, Experts.Weissmann, Experts.Lefevre]),
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
            [Experts.Weissmann, Experts.Carvalho]),

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
            [Experts.Sa, Experts.Bianchini]),
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
            [Experts.Bianchini, Experts.Sa, Experts.Aberg]),
    ];

    /// <summary>The recurring fictional experts who author the demo briefs.</summary>
    private static class Experts
    {
        public static DemoAuthor Carvalho { get; } = new("Inês Carvalho", "ISMU Foundation");
        public static DemoAuthor Ferraresi { get; } = new("Giulia Ferraresi", "ISMU Foundation");
        public static DemoAuthor Bianchini { get; } = new("Matteo Bianchini", "ISMU Foundation");
        public static DemoAuthor Lindqvist { get; } = new("Zoë Lindqvist", "ECRE");
        public static DemoAuthor Vasilescu { get; } = new("Elena Vasilescu", "ECRE");
        public static DemoAuthor Ostergaard { get; } = new("Søren Østergaard", "ECRE");
        public static DemoAuthor Nowicki { get; } = new("Łukasz Nowicki", "CEPS");
        public static DemoAuthor Horak { get; } = new("Tomáš Horák", "CEPS");
        public static DemoAuthor Sa { get; } = new("Margarida Sá", "Migration Policy Group");
        public static DemoAuthor Papadakis { get; } = new("Nikos Papadakis", "Migration Policy Group");
        public static DemoAuthor Makela { get; } = new("Aino Mäkelä", "Migration Policy Group");
        public static DemoAuthor Dufresne { get; } = new("Hélène Dufresne", "PICUM");
        public static DemoAuthor Wisniewska { get; } = new("Karolina Wiśniewska", "PICUM");
        public static DemoAuthor VanDenBroeck { get; } = new("Joris Van den Broeck", "EUROCITIES");
        public static DemoAuthor Juric { get; } = new("Ana Jurić", "EUROCITIES");
        public static DemoAuthor Lefevre { get; } = new("Camille Lefèvre", "Social Platform");
        public static DemoAuthor OConnell { get; } = new("Sinéad O'Connell", "Social Platform");
        public static DemoAuthor DeVries { get; } = new("Anneke de Vries", "Erasmus University Rotterdam");
        public static DemoAuthor Weissmann { get; } = new("Florian Weißmann", "Erasmus University Rotterdam");
        public static DemoAuthor Ibanez { get; } = new("Pablo Ibáñez", "Ernst & Young");
        public static DemoAuthor Kooistra { get; } = new("Mirjam Kooistra", "Riverton City Integration Office");
        public static DemoAuthor Aberg { get; } = new("Björn Åberg", "Northvale Regional Refugee Council");
        public static DemoAuthor Schafer { get; } = new("Katrin Schäfer", "Centre for Migration Studies, University of Eastmoor");
    }
}
