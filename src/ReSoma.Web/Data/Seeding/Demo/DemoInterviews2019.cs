namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>The demo interviews of 2019 and January 2020, each on topics of the 2019 cycle.</summary>
internal static class DemoInterviews2019
{
    private const string Council = "https://www.consilium.europa.eu/en/press/";
    private const string Commission = "https://ec.europa.eu/commission/presscorner/home/en";
    private const string Parliament = "https://www.europarl.europa.eu/news/en";
    private const string Unhcr = "https://www.unhcr.org/news";
    private const string Iom = "https://www.iom.int/news";

    public static IReadOnlyList<DemoInterview> All { get; } =
    [
        new(
            new DateOnly(2019, 1, 8),
            "Stranded at sea: why every rescue becomes a negotiation",
            "Two rescue ships wait off Malta while governments negotiate where people can disembark",
            Unhcr,
            new("Zoë Lindqvist", "Senior Policy Officer", "ECRE"),
            "For more than two weeks, people rescued in the central Mediterranean have waited on board two NGO ships while member states discuss who will take them. ECRE's senior policy officer explains how ad hoc deals replaced rules, and what a predictable system could look like.",
            """
            **Q: What is happening off Malta?**

            Two ships run by German NGOs rescued people in distress shortly before Christmas and have not been given a port. Among the passengers are children. Governments are negotiating which of them will receive the people once they are allowed ashore. It is the latest in a series of stand-offs since last summer.

            **Q: Why is there no standard procedure?**

            The law of the sea requires that rescued people are taken to a place of safety, but it does not say which state must provide it. Within the EU, the Dublin rules mean that the country of disembarkation usually becomes responsible for the asylum claims. So coastal states refuse, and each boat ends with a one-off deal in which a few governments agree to take some of the people.

            **Q: Do these ad hoc deals work?**

            They end the immediate crisis, at a high price. People wait days or weeks in poor conditions on deck. Promises to relocate are often carried out slowly, sometimes only in part. And rescue ships that are held up or blocked save fewer people, at a time when the share of those who die on the crossing has risen.

            **Q: What would a predictable arrangement require?**

            A group of states that agree in advance to share out the people rescued at sea, with a clear procedure and deadlines, so that disembarkation happens at once and relocation follows. It does not need every member state. The Commission has offered to coordinate. What is missing is political will, not legal tools.

            **Q: How does this relate to the Dublin reform?**

            Closely. The stand-offs are symptoms of a system that places responsibility on the state of arrival. As long as that rule stands, coastal states will try not to become the state of arrival. ReSOMA's consultation this year looks at these ad hoc responses and at whether they could become the seed of a fairer system.
            """,
            ["search-and-rescue-disembarkation-dublin"],
            [
                DemoInterviewQuestion.Single(
                    "Who should coordinate disembarkation and relocation after rescues at sea?",
                    "The European Commission",
                    "A group of willing member states",
                    "The coastal state, with EU funding",
                    "Not sure"),
                DemoInterviewQuestion.Free(
                    "What should happen to the people on board while states negotiate?",
                    "They should be brought ashore first; negotiations can happen afterwards.",
                    "Medical checks and a safe place on land, without exception.",
                    "Children and sick people should leave the ship immediately.",
                    "Independent observers should be allowed on board."),
            ]),
        new(
            new DateOnly(2019, 2, 5),
            "Putting the Global Compact on Refugees to work in Europe",
            "Preparations begin for the first Global Refugee Forum in December",
            Unhcr,
            new("Florian Weißmann", "Researcher in refugee studies", "Erasmus University Rotterdam"),
            "Two months after the UN General Assembly affirmed the Global Compact on Refugees, attention turns to the first Global Refugee Forum at the end of the year. An Erasmus University researcher explains what the EU could bring to it.",
            """
            **Q: The compact was affirmed in December. What happens now?**

            The compact has four objectives: easing the pressure on host countries, helping refugees become self-reliant, widening access to solutions in third countries such as resettlement, and supporting conditions for return in safety and dignity. It works through pledges, and the main moment this year will be the Global Refugee Forum in Geneva in December, where states and others are expected to announce concrete contributions.

            **Q: What can the EU contribute?**

            Three things stand out. Development funding for countries hosting many refugees, where the EU is already a major donor; resettlement places, which have grown but remain few compared with the needs; and complementary pathways such as family reunion, humanitarian visas, study and work schemes, or community sponsorship.

            **Q: Is there a risk that the compact stays on paper?**

            Yes. It contains no binding commitments, so everything depends on whether states make pledges and keep them. There is also a risk that responsibility sharing comes to mean only paying others to host refugees far from Europe. The compact asks for more than that.

            **Q: How does this connect with the EU's internal debate?**

            The EU is negotiating its own asylum reform around the same word, solidarity, without agreement. Implementing the compact seriously would mean showing abroad the kind of sharing the EU has not managed at home. That tension deserves an open discussion.

            **Q: Who besides governments has a role?**

            Cities, universities, businesses and refugee-led organisations. The compact deliberately calls on the whole of society. A university that offers scholarships, a town that welcomes resettled families or an employer that recruits refugees can all make pledges. ReSOMA wants to hear from them.
            """,
            ["global-compact-on-refugees-implementation"],
            [
                DemoInterviewQuestion.Multiple(
                    "What should the EU pledge at the Global Refugee Forum?",
                    "More resettlement places",
                    "Funding for host countries",
                    "Pathways for study and work",
                    "Support for community sponsorship"),
                DemoInterviewQuestion.Single(
                    "How likely is the compact to change refugees' lives in the next five years?",
                    "Very likely",
                    "Somewhat likely",
                    "Unlikely",
                    "I don't know"),
            ]),
        new(
            new DateOnly(2019, 3, 5),
            "Secondary movements: a symptom, not the disease",
            "The reform of the Common European Asylum System remains blocked ahead of the European elections",
            Council,
            new("Inês Carvalho", "Senior Researcher", "ISMU Foundation"),
            "Onward movement of asylum seekers between member states is one of the main reasons given for blocking the asylum reform. An ISMU researcher looks at what is known about why people move on, and what might persuade them to stay.",
            """
            **Q: How big is the phenomenon?**

            It is hard to measure. The usual indicators are Dublin requests, people who apply in more than one country, and those who leave reception without notice. They show that a significant share of asylum seekers move on, but they also double-count and miss people. Political claims are often larger than the data can support.

            **Q: Why do people move on?**

            Family and community come first: people go where relatives or friends can help them. Then language, job prospects, and the quality of reception and procedures. Where recognition rates differ widely between countries, or reception is poor, people draw their own conclusions. These are understandable reasons, not abuse of the system.

            **Q: Do sanctions work?**

            The reform proposals would cut reception conditions for people who are not in the country responsible for them, and keep that country responsible for longer. There is little evidence that this discourages movement. What it does is leave people without support in another country, which creates problems for the cities where they end up.

            **Q: What about checks at internal borders?**

            Several Schengen states have kept checks at some internal borders since 2015, naming secondary movements among the reasons. The checks are costly, slow down travel for everyone, and their effect on asylum seekers' movements is unclear. They also show how much the issue strains trust between member states.

            **Q: What would work better?**

            Incentives rather than punishment: giving weight to family links and other meaningful connections when responsibility is decided, faster and more consistent decisions, and reception of similar quality everywhere. Allowing recognised refugees to move and work in another member state sooner than the five years needed today would also reduce the pull of irregular movement.
            """,
            ["secondary-movements-within-eu"],
            [
                DemoInterviewQuestion.Single(
                    "What would best reduce secondary movements?",
                    "Taking family and community links into account",
                    "Similar reception standards everywhere",
                    "Sanctions such as reduced support",
                    "Earlier free movement after recognition"),
                DemoInterviewQuestion.Free(
                    "In your experience, what makes asylum seekers move on from the first country?",
                    "Relatives in another country, almost always.",
                    "Waiting a year for a first interview.",
                    "No work and no language course where they were placed.",
                    "Rumours on social media about better chances elsewhere."),
            ]),
        new(
            new DateOnly(2019, 4, 2),
            "Defending the defenders: strategic litigation in criminalisation cases",
            "Trials of volunteers and rescuers continue in several member states",
            Parliament,
            new("Paola Rinaldi", "Defence lawyer", "Legal Defence Network for Humanitarian Volunteers"),
            "Volunteers, activists and rescue crews still face prosecution for helping migrants. A defence lawyer explains how litigation can do more than win individual cases, and what it takes to coordinate it across borders.",
            """
            **Q: What does strategic litigation mean in these cases?**

            Choosing and conducting cases so that their outcome changes more than one defendant's situation: clarifying how the law must be read, setting a precedent or prompting a change in legislation. In criminalisation cases the defendant first of all wants to be acquitted, so the strategy has to serve both aims.

            **Q: What have the courts said so far?**

            Most cases against people who helped for humanitarian reasons end in acquittal or dismissal, sometimes after years. Some judgments go further and recognise that helping someone in need, without gain, is protected, or that rescuers acted out of necessity. These rulings are valuable, but they are scattered and often unknown outside their country.

            **Q: Is there a role for the European courts?**

            Potentially. Questions on the Facilitation Directive could be referred to the Court of Justice, and cases involving freedom of association or expression could reach the European Court of Human Rights. But that takes years and the right case. Lawyers have to plan for it from the start, including how the facts are recorded at the first trial.

            **Q: What do defendants need?**

            Legal help they can afford, protection from the damage a long procedure does to their reputation, and psychological support. Organisations need to know their funds and equipment will not be frozen. Many cases are lost in time and energy even when they are won in court.

            **Q: What would help lawyers most?**

            A shared base of evidence: judgments, expert opinions and arguments from different countries, in an accessible form. That is what ReSOMA's work on an observatory aims to build. And closer cooperation between lawyers, NGOs and researchers, so that the right cases get support at the right time.
            """,
            ["strategic-litigation-criminalisation-cases"],
            [
                DemoInterviewQuestion.Single(
                    "Which route is most likely to end the criminalisation of humanitarian help?",
                    "Changing EU law",
                    "Judgments of the European courts",
                    "Acquittals in national courts",
                    "Public campaigns"),
                DemoInterviewQuestion.Multiple(
                    "What support do people prosecuted for helping migrants need most?",
                    "Free legal defence",
                    "Psychological support",
                    "Public recognition of their work",
                    "Funding for legal costs"),
            ]),
        new(
            new DateOnly(2019, 5, 7),
            "Migration and the European elections: what the public really thinks",
            "Europeans elect a new European Parliament on 23–26 May",
            Parliament,
            new("Jonas Lindberg", "Researcher in public attitudes", "Centre for Migration Studies, University of Eastmoor"),
            "Migration is expected to feature prominently in the campaign for the European Parliament elections. A researcher who studies public attitudes explains why opinion is more stable and more nuanced than the debate suggests.",
            """
            **Q: Is migration the top concern of European voters?**

            It has been among the concerns most often named in EU-wide surveys since 2015, but its weight has declined as arrivals fell, while the economy and climate have risen. It still matters a great deal to a minority of voters who are highly mobilised, and that explains much of its visibility.

            **Q: Have attitudes towards migrants become more negative?**

            Less than one might think. Long-running surveys show that attitudes in most countries have been fairly stable, and in some have become slightly more positive. What has changed is polarisation: those most worried have become louder, and the issue is more tied to party loyalty.

            **Q: Why are perceptions of numbers so far from the facts?**

            People tend to overestimate the share of migrants in their country, often by a wide margin. That reflects images in the media, the visibility of certain groups, and the fact that "migrant" means different things to different people. Correcting the numbers alone rarely changes attitudes, though.

            **Q: What does change them?**

            Contact and shared experience over time. Messages that start from values people hold, such as fairness, security and community, work better than statistics. The large middle of the public holds both concerns and sympathies, and it responds to competence: seeing that things are managed.

            **Q: What should policymakers learn from this?**

            Not to assume that the loudest voices speak for everyone. Opinion research gives a far more varied picture, and policies explained by what they achieve locally tend to win broad acceptance. ReSOMA's integration work this year looks at how that knowledge can be used.
            """,
            ["public-opinion-on-migration"],
            [
                DemoInterviewQuestion.Single(
                    "In your country, how did migration feature in the European election campaign?",
                    "It dominated the campaign",
                    "It was one of several main issues",
                    "It played a minor role",
                    "I don't know"),
                DemoInterviewQuestion.Multiple(
                    "Which approaches build public trust in migration policy?",
                    "Showing results at local level",
                    "Messages based on shared values",
                    "Correcting false figures",
                    "Contact between residents and newcomers"),
            ]),
        new(
            new DateOnly(2019, 6, 4),
            "Detention as a last resort? The recast Return Directive and the growing use of detention",
            "Interior ministers seek a common position on the recast Return Directive",
            Council,
            new("Laura Fontaine", "Policy Officer", "PICUM"),
            "Member states are close to agreeing their position on the revised Return Directive, which would make detention easier to use. A PICUM policy officer looks at the evidence on detention and at the alternatives.",
            """
            **Q: What is changing in the use of detention?**

            Across Europe, immigration detention is used more often and for longer, including in border procedures and for families. Some countries have expanded their detention capacity considerably. EU law still says detention should be a last resort, used only when less coercive measures are not enough, but practice is drifting away from that principle.

            **Q: What would the recast directive change?**

            The Commission's proposal links detention to a "risk of absconding" defined by a long list of criteria, and asks member states to allow a maximum detention period of at least three months. Many people could be found at risk of absconding simply because they have no documents or fixed address. Detention could become the rule.

            **Q: What does detention cost?**

            Financially, far more than the alternatives. In human terms, research consistently shows harm to mental health, above all for children. And it does not clearly increase returns: many people are released at the end of the maximum period without having been returned.

            **Q: What are the alternatives?**

            The most promising is case management, in which a caseworker supports the person in the community and works through all the options, including return and regularisation. Pilots in several countries have shown high levels of engagement with procedures. Reporting duties and bail are simpler forms, and work best combined with support.

            **Q: What should policymakers do now?**

            Keep the principle of last resort in the text, with an obligation to consider alternatives case by case; end the detention of children; and invest in case management. ReSOMA's consultation gathered evidence on all three, and we hope the negotiators read it.
            """,
            ["detention-increasing-use"],
            [
                DemoInterviewQuestion.Single(
                    "Should children ever be held in immigration detention?",
                    "Never",
                    "Only with their families, as a last resort",
                    "Yes, when it is needed for return",
                    "Not sure"),
                DemoInterviewQuestion.Multiple(
                    "Which alternatives to detention do you consider effective?",
                    "Case management in the community",
                    "Regular reporting to the authorities",
                    "A designated place of residence",
                    "A financial guarantee or bail"),
                DemoInterviewQuestion.Free(
                    "What one change would most reduce the use of detention?",
                    "A legal obligation to try alternatives first, checked by a judge.",
                    "Funding for case management instead of new detention centres.",
                    "Shorter maximum periods.",
                    "Free legal aid from the first day."),
            ]),
        new(
            new DateOnly(2019, 7, 2),
            "Community sponsorship: a welcome by citizens, not a substitute for the state",
            "Governments and NGOs meet in Geneva to discuss resettlement and complementary pathways",
            Unhcr,
            new("Sinéad O'Connell", "Policy Adviser", "Social Platform"),
            "Several European countries have started programmes in which groups of citizens welcome resettled refugees. A Social Platform policy adviser explains what the first results show and what sponsors need to keep going.",
            """
            **Q: What is community sponsorship?**

            A group of citizens, such as neighbours, a parish or a sports club, commits to support a refugee family for a period, usually one or two years: finding a home, helping with school, doctors and language classes, and above all being there. In most European schemes the refugees arrive through resettlement and the state keeps its responsibilities; the sponsors add a personal welcome.

            **Q: Which countries are doing it?**

            The United Kingdom, Ireland, Germany and Italy, among others, run programmes of different kinds, from community sponsorship within resettlement to humanitarian corridors organised by churches. Canada, with four decades of private sponsorship, is the usual reference, although the contexts differ.

            **Q: What do the first results show?**

            Sponsored families tend to find housing sooner, build local networks faster and say they feel welcome. Sponsors often say the experience changed how they see their own community. Systematic evaluations are still few and the programmes are small, so some caution is needed.

            **Q: What are the risks?**

            The main one is that sponsorship replaces government resettlement instead of adding to it, for instance when sponsored places are counted within existing quotas. Another is volunteer burnout, especially where housing is scarce. And sponsors need clear roles, so that they do not carry duties that belong to public services.

            **Q: What support do sponsors need?**

            Training before the family arrives, a contact person in an organisation they can call, and access to interpreters and professionals when problems arise. Funding for a coordinating body makes a great difference, and EU funds could support it in the next budget period.
            """,
            ["private-sponsorship-programmes"],
            [
                DemoInterviewQuestion.Single(
                    "Should sponsored places come on top of government resettlement quotas?",
                    "Yes, always",
                    "Yes, at least in part",
                    "No, they can count within the quotas",
                    "Not sure"),
                DemoInterviewQuestion.Multiple(
                    "What would encourage you or your community to become sponsors?",
                    "Training and guidance",
                    "An organisation to call for help",
                    "Help with finding housing",
                    "Financial support",
                    "Hearing from other sponsors"),
            ]),
        new(
            new DateOnly(2019, 8, 1),
            "Integration happens in cities. Does the money reach them?",
            "Negotiations on the EU's next long-term budget continue",
            Council,
            new("Ana Jurić", "Policy Adviser on Migration and Integration", "EUROCITIES"),
            "The EU is negotiating its budget for 2021–2027, including the future funds for asylum, migration and integration. A EUROCITIES policy adviser explains why cities want direct access and why short projects are not enough.",
            """
            **Q: Why does the next budget matter so much for integration?**

            Because EU funds pay for a large part of integration work in many countries, from language classes to one-stop shops for newcomers. The Commission's proposal splits integration support between the future Asylum and Migration Fund, for the first steps after arrival, and the European Social Fund Plus, for longer-term inclusion. How that split works in practice will decide what cities can do for years.

            **Q: What are cities asking for?**

            Direct access to funding, or at least a guaranteed say in how national authorities programme it. Today cities often depend on national calls that do not match local needs. They also ask for partnership: being involved when priorities are set, not only when projects are carried out.

            **Q: What is wrong with project funding?**

            Integration takes years, while projects last one to three. Staff are hired and let go, relationships of trust with communities are broken, and knowledge is lost. Cities spend time writing applications instead of providing services. A long-term approach means funding services, with evaluation, rather than a string of pilots.

            **Q: Can different funds be combined?**

            They should be, but the rules make it hard. Integration touches housing, education, work and health, which are paid for by different programmes with different rules and reporting. Simpler and more common rules across funds would help local authorities use them together.

            **Q: What is your message to the negotiators?**

            Keep a minimum share for integration, give cities a voice, and make it easier to use the money for lasting services. The next budget will shape local integration until almost 2030.
            """,
            ["funding-local-integration"],
            [
                DemoInterviewQuestion.Single(
                    "Should cities have direct access to EU integration funds?",
                    "Yes",
                    "Yes, but only larger cities",
                    "No, funds should go through national authorities",
                    "Not sure"),
                DemoInterviewQuestion.Multiple(
                    "Which integration services most need stable funding?",
                    "Language courses",
                    "Housing support",
                    "One-stop shops for newcomers",
                    "Mental health care",
                    "Job counselling"),
            ]),
        new(
            new DateOnly(2019, 9, 3),
            "A temporary arrangement for disembarkation: a step forward or another stopgap?",
            "Member states discuss a temporary arrangement for disembarkation after rescues at sea",
            Council,
            new("Tomáš Horák", "Research Fellow", "CEPS"),
            "After a summer of stand-offs at sea, a group of member states is working on a temporary mechanism to share out people rescued in the Mediterranean. A CEPS researcher weighs its chances and its limits.",
            """
            **Q: What is on the table?**

            Following meetings of ministers in July, a group of member states is discussing a temporary scheme: people rescued at sea would be brought ashore quickly in Italy or Malta and then relocated to participating states within a few weeks. It would be voluntary, last a limited time and could be suspended if arrivals rose sharply.

            **Q: Is it significant?**

            Politically, yes. It would be the first time in years that a group of states commits in advance to relocate people rather than negotiating boat by boat. In numbers it is small: most people arriving in Italy and Malta do not come on NGO or military rescue ships and would not be covered.

            **Q: What are its weaknesses?**

            It relies on a handful of willing states, so every relocation place counts. What happens after relocation, for instance with people who do not qualify for protection, is unclear. And it does nothing about conditions in Libya, from where most people leave and to where many of those intercepted at sea are returned.

            **Q: Could it become a model for the wider reform?**

            Possibly. It shows that a coalition of willing states can move when unanimity cannot. But a permanent system needs more than goodwill: clear criteria, funding, and some assurance that countries of arrival will not be left alone if the coalition shrinks.

            **Q: What about search and rescue itself?**

            That is the gap. Since EU naval vessels stopped patrolling in the spring, NGOs have carried much of the rescue work, often with obstacles. A disembarkation deal without rescue capacity deals with the end of the problem, not its start.
            """,
            ["search-and-rescue-disembarkation-dublin"],
            [
                DemoInterviewQuestion.Single(
                    "Will a temporary disembarkation arrangement end the stand-offs at sea?",
                    "Yes, if enough states join",
                    "Only for a short time",
                    "No",
                    "I don't know"),
                DemoInterviewQuestion.Free(
                    "What should be added to make the arrangement fair for everyone?",
                    "A fixed share for each participating state.",
                    "An EU-run rescue capacity in the central Mediterranean.",
                    "Independent monitoring of what happens after relocation.",
                    "A clear role for cities that volunteer to receive people."),
            ]),
        new(
            new DateOnly(2019, 10, 1),
            "A New Pact on Migration and Asylum: what should be in it?",
            "The incoming Commission promises a New Pact on Migration and Asylum",
            Commission,
            new("Aino Mäkelä", "Senior Policy Analyst", "Migration Policy Group"),
            "The President-elect of the Commission has announced a New Pact on Migration and Asylum. A Migration Policy Group analyst discusses what a fresh start would need to overcome the deadlock on responsibility and secondary movements.",
            """
            **Q: What do we know about the New Pact?**

            Very little so far. The President-elect has promised a fresh start, with a relaunch of the Dublin reform, stronger external borders and closer cooperation with countries of origin and transit. The mission letter to the commissioner-designate gives the direction; the details will come next year.

            **Q: Why does the Dublin reform keep failing?**

            Because the debate is framed as zero-sum: either the countries of arrival or the others carry the responsibility. Every proposal since 2016 has tried to shift the balance and failed. Meanwhile, secondary movements show that asylum seekers do not accept allocations that ignore their links, whatever the law says.

            **Q: Is there a way out?**

            The temporary arrangement on disembarkation discussed in Malta last month suggests that smaller steps among willing states are possible. A New Pact could build on that: a permanent solidarity mechanism with different forms of contribution, combined with allocation that takes meaningful links into account, so that fewer people have a reason to move on.

            **Q: What about sanctions for secondary movements?**

            They were in every proposal and will probably be in the next. The evidence suggests their effect is limited. If they stay, they must not push people into destitution, and they should be balanced by real reasons to stay: timely decisions, good reception and a path to mobility after recognition.

            **Q: What would you ask of the new Commission?**

            To build the Pact on the evidence of the last five years, not only on political bargaining. Researchers and practitioners have documented what worked and what did not. Consulting them before the proposals are drafted, not after, would show that the fresh start is real.
            """,
            ["secondary-movements-within-eu", "search-and-rescue-disembarkation-dublin"],
            [
                DemoInterviewQuestion.Multiple(
                    "What should the New Pact on Migration and Asylum give priority to?",
                    "A permanent solidarity mechanism",
                    "Taking family and other links into account",
                    "Faster asylum procedures",
                    "Search and rescue at sea",
                    "Legal pathways to the EU"),
                DemoInterviewQuestion.Single(
                    "Do you expect the New Pact to end the deadlock on the asylum reform?",
                    "Yes",
                    "Partly",
                    "No",
                    "Too early to say"),
            ]),
        new(
            new DateOnly(2019, 11, 5),
            "One year after Marrakesh: who is implementing the migration compact?",
            "The UN Network on Migration supports states in implementing the Global Compact for Migration",
            Iom,
            new("Margarida Sá", "Programme Director", "Migration Policy Group"),
            "A year after its adoption, the Global Compact for Migration has dropped out of the headlines in Europe. A Migration Policy Group programme director looks at where implementation is happening, including on detention.",
            """
            **Q: Has anything happened since Marrakesh?**

            More than the silence in Europe suggests. A UN Network on Migration has been set up to support states, some countries have started national implementation plans, and regional reviews are being prepared for 2020. But in the EU the subject has become politically sensitive, so little is said in public, even by governments that endorsed the compact.

            **Q: How does the compact relate to EU law?**

            Many of its objectives are already covered by EU law or policy: data, legal pathways, return and readmission, the fight against smuggling. Others go further than current practice, for instance access to basic services whatever a person's status, or using detention only as a last resort and working towards alternatives.

            **Q: Why single out detention?**

            Because it shows the gap between commitment and practice most clearly. Member states that endorsed the compact signed up to that objective, while detention is expanding in Europe and the recast Return Directive would make it easier. The compact gives civil society and researchers a yardstick against which to measure policies.

            **Q: Where is implementation happening?**

            Often at local level. Cities have used the compact to frame their own policies on inclusion, access to services and cooperation with civil society, whatever the national debate. Some have formally committed to its objectives. That may be where the compact has its most lasting effect.

            **Q: What should be done before the first reviews?**

            Gather evidence. Each state is expected to report on progress, and it would help if civil society, cities and researchers produced their own assessments alongside. ReSOMA has collected contributions on this, to be published in the coming weeks.
            """,
            ["global-compact-on-migration-implementation", "detention-increasing-use"],
            [
                DemoInterviewQuestion.Single(
                    "Has the Global Compact for Migration made a difference in your country?",
                    "Yes, a clear difference",
                    "A small difference",
                    "No difference",
                    "I don't know"),
                DemoInterviewQuestion.Multiple(
                    "Which objectives of the compact should Europe give priority to?",
                    "Detention only as a last resort",
                    "Access to basic services",
                    "Safe and regular pathways",
                    "Better data",
                    "Decent work"),
            ]),
        new(
            new DateOnly(2019, 12, 3),
            "The first Global Refugee Forum: pledges that can be counted",
            "States and partners prepare to meet in Geneva for the first Global Refugee Forum",
            Unhcr,
            new("Amira Haddad", "Policy Officer, Resettlement and Complementary Pathways", "ECRE"),
            "In mid-December, governments and many other actors meet in Geneva for the first Global Refugee Forum. An ECRE policy officer explains what Europe should bring, with a focus on resettlement and community sponsorship.",
            """
            **Q: What is the Forum for?**

            It is the main follow-up of the Global Compact on Refugees, meeting at ministerial level every four years. States, international organisations, businesses, cities and civil society are invited to make pledges on education, jobs, energy, protection capacity and solutions for refugees.

            **Q: What should the EU and its member states pledge?**

            Places for resettlement and complementary pathways above all. UNHCR estimates that well over a million refugees need resettlement each year, while only a small fraction are resettled. The EU has expanded its programmes in recent years; pledges covering several years would give predictability to UNHCR and to receiving communities.

            **Q: Where does community sponsorship fit?**

            It can expand capacity and strengthen the welcome, provided the places are additional. Several European countries are likely to present sponsorship initiatives. Pledging support to build these programmes, through training, coordination and evaluation, would be a concrete contribution.

            **Q: And support for host countries?**

            It remains essential: most refugees live in countries neighbouring their own, often for many years. The EU is a major donor, and funding that helps refugees work and their children go to school is part of sharing responsibility. But money cannot be the whole of Europe's contribution.

            **Q: How will we know whether the Forum succeeded?**

            If pledges are specific, with numbers, timelines and funding, and if they are followed up. The compact foresees indicators and regular reviews. Civil society should track the pledges made in Geneva, and ReSOMA's work this year offers a framework for doing so in Europe.
            """,
            ["global-compact-on-refugees-implementation", "private-sponsorship-programmes"],
            [
                DemoInterviewQuestion.Single(
                    "Should EU member states make resettlement pledges covering several years?",
                    "Yes",
                    "Yes, but without fixed numbers",
                    "No",
                    "Not sure"),
                DemoInterviewQuestion.Free(
                    "What pledge would you like your country to make?",
                    "Double its resettlement places and keep them for three years.",
                    "Scholarships for refugee students at our universities.",
                    "A national community sponsorship programme.",
                    "Recognition of refugees' qualifications within six months."),
            ]),
        new(
            new DateOnly(2020, 1, 7),
            "From ReSOMA to the Migration Research Hub: linking research and policy after 2020",
            "Croatia takes over the Council presidency with the asylum reform among its priorities",
            Council,
            new("Anneke de Vries", "Associate Professor of Public Administration", "Erasmus University Rotterdam"),
            "As the project prepares its final conference in Lisbon on 5–6 February, a researcher at Erasmus University Rotterdam looks back at two years of consultations and explains how the platform will continue within the IMISCOE network.",
            """
            **Q: What has ReSOMA achieved in two years?**

            It has shown that a structured dialogue between researchers, practitioners and policymakers can work at EU level. In each of two yearly cycles, nine topics were chosen, partly from the EU agenda and partly from local and national needs not yet on it. More than a thousand experts took part through surveys, feedback meetings, video interviews and written contributions, and some eighty publications came out of that work.

            **Q: What will the final conference discuss?**

            The programme reflects what we learned. Funding integration at local level and cities as service providers to migrant populations come straight from the consultations. Other sessions look at the coming of age of migration studies, at how research and policy can work together, and at new alliances between researchers and the rest of society.

            **Q: Why move into IMISCOE?**

            Because a platform like this needs a home that outlasts a project. IMISCOE is Europe's largest research network on migration and integration. Together with the CrossMigration project, which has mapped migration research, the platform will continue as part of a Migration Research Hub.

            **Q: Will the way topics are chosen change?**

            The principle stays: topics come both from the policy agenda and from needs that stakeholders raise. What changes is the rhythm. New topics will be chosen every year, after a feedback period of about six months in which participants say what was useful and what should come next.

            **Q: What is the main lesson for linking research and policy?**

            Timing. Research is most useful when it reaches policymakers before positions harden, in a form they can use. Short briefs, clear options and direct conversations matter as much as the quality of the evidence. That is a lesson the Hub intends to keep.
            """,
            ["funding-local-integration", "public-opinion-on-migration"],
            [
                DemoInterviewQuestion.Multiple(
                    "Which topics should the platform take up after 2020?",
                    "Anti-racism and discrimination",
                    "Migrants' needs in health and social policy",
                    "Labour migration and essential work",
                    "Climate change and migration",
                    "Children and young migrants"),
                DemoInterviewQuestion.Single(
                    "Which ReSOMA format did you find most useful?",
                    "Policy briefs",
                    "Online surveys",
                    "Feedback meetings",
                    "Expert interviews"),
                DemoInterviewQuestion.Free(
                    "What would make research more useful in your work?",
                    "Two pages, not forty, and in time for the negotiations.",
                    "Findings broken down by city, not only by country.",
                    "Being asked which questions matter before the research starts.",
                    "Translations into more languages."),
            ]),
    ];
}
