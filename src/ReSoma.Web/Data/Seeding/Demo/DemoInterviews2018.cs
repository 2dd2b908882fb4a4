namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>The demo interviews of 2018 (March to December), each on topics of the 2018 cycle.</summary>
internal static class DemoInterviews2018
{
    private const string Council = "https://www.consilium.europa.eu/en/press/";
    private const string Commission = "https://ec.europa.eu/commission/presscorner/home/en";
    private const string Parliament = "https://www.europarl.europa.eu/news/en";
    private const string Unhcr = "https://www.unhcr.org/news";

    public static IReadOnlyList<DemoInterview> All { get; } =
    [
        new(
            new DateOnly(2018, 3, 6),
            "Dublin reform: is a compromise on solidarity still within reach?",
            "EU ministers remain divided over the reform of the Dublin rules",
            Council,
            new("Łukasz Nowicki", "Research Fellow, Justice and Home Affairs", "CEPS"),
            "Almost two years after the Commission proposed new Dublin rules, member states still disagree on how to share responsibility for asylum seekers. We asked a CEPS researcher whether a compromise is possible before the European elections.",
            """
            **Q: Why has the Dublin reform become the hardest file of the asylum package?**

            Because it decides who does the work. The other proposals mostly harmonise procedures and standards, which is difficult but largely technical. Dublin determines which country registers, receives and examines each application, and therefore which governments carry the political cost. Since 2015 the gap between countries at the external border and the rest has become impossible to hide, and every option on the table moves that cost somewhere.

            **Q: The European Parliament adopted its position last autumn. What does it propose?**

            The Parliament would drop the country of first entry as the main criterion and replace it with a permanent allocation key that gives weight to family links and other meaningful connections of the applicant. It is an ambitious text. In the Council, by contrast, several governments reject any compulsory relocation, and successive presidencies have been looking for a middle way.

            **Q: Is "flexible solidarity" that middle way?**

            It is one candidate. Member states could contribute in different ways: receiving people, paying, or sending staff and equipment. That may widen participation, but it needs clear limits. If paying becomes an easy way out, frontline states will still be left with the people, and the system will be no fairer than today.

            **Q: What would a workable compromise need?**

            Predictability above all. Countries of first arrival need to know that support will come automatically, not after weeks of bargaining over each case. The links of asylum seekers matter too: allocations that ignore them lead to onward movement and to transfers that do not hold. And there must be money from the EU budget for those who do more.

            **Q: What can stakeholders contribute at this stage?**

            Evidence from the ground. Much of the debate runs on assumptions about what asylum seekers will accept and what drives them. Researchers, NGOs and cities that have worked with relocation since 2015 know what helped people settle where they were placed and what did not. ReSOMA's consultation this spring is a chance to put that experience in front of the negotiators.
            """,
            ["responsibility-sharing-eu-asylum"],
            [
                DemoInterviewQuestion.Single(
                    "Which approach to sharing responsibility for asylum seekers do you find most convincing?",
                    "A permanent allocation key applied automatically",
                    "Relocation only in times of high pressure",
                    "Money, staff and equipment instead of relocation",
                    "Voluntary pledges by member states and cities"),
                DemoInterviewQuestion.Free(
                    "What one lesson from the relocation schemes of 2015–2017 should shape the reform?",
                    "Ask people about family and language before deciding where they go.",
                    "Pledges without deadlines were simply not kept.",
                    "Cities that offered places were never asked to take part.",
                    "Transfers took so long that many people left before they happened."),
            ]),
        new(
            new DateOnly(2018, 4, 3),
            "Why the long wait for family reunion harms integration",
            "Several member states debate limits on family reunion for people with subsidiary protection",
            Unhcr,
            new("Björn Åberg", "Legal adviser", "Northvale Regional Refugee Council"),
            "Some member states have suspended or capped family reunion for people with subsidiary protection. A legal adviser who guides refugees through the procedure explains what the delays mean for families, and what could be changed quickly.",
            """
            **Q: What do you see in your daily work?**

            Most people who come to us have been recognised as refugees or given subsidiary protection, and their first question is always about their family: a wife and children in a camp, or parents left behind in a city that is still unsafe. For some the procedure takes a few months. For others, especially those with subsidiary protection, it now takes years, or is not available at all for a period.

            **Q: Why does the type of protection make such a difference?**

            The Family Reunification Directive gives refugees more favourable conditions, for instance no income or housing requirements if they apply within three months of recognition. People with subsidiary protection fall outside the directive, so national rules apply. Yet their need for protection is often the same: both groups fled war and cannot go home to live with their families.

            **Q: What are the main practical obstacles?**

            Documents and travel. Families must prove their ties, often with papers that were lost or that the authorities of their country will not issue. Many have to reach an embassy in a neighbouring country just to file the application. Fees, DNA tests and the strict three-month deadline add to the burden.

            **Q: How does separation affect integration?**

            People cannot concentrate on language classes or a job while they worry about relatives in danger. We see anxiety, sleepless nights, and people who send every euro abroad. Once families are together, children go to school and parents start to plan ahead. Long delays also push relatives onto dangerous irregular routes, which is the opposite of what policy wants.

            **Q: What would you change first?**

            Three things that need no new law: accept a wider range of evidence of family ties, allow applications at any embassy or online, and waive fees for those who cannot pay. In the longer term, giving people with subsidiary protection the same family reunion rights as refugees would remove the most painful distinction.
            """,
            ["family-reunion-beneficiaries-international-protection"],
            [
                DemoInterviewQuestion.Multiple(
                    "Which obstacles to family reunion should be tackled first?",
                    "Waiting times",
                    "Proof of family ties",
                    "Travelling to an embassy to apply",
                    "Fees and the cost of DNA tests",
                    "Different rules for subsidiary protection"),
                DemoInterviewQuestion.Single(
                    "Should people with subsidiary protection have the same family reunion rights as refugees?",
                    "Yes",
                    "Yes, after a short waiting period",
                    "No",
                    "I don't know"),
            ]),
        new(
            new DateOnly(2018, 5, 2),
            "The safe third country concept: where are the limits?",
            "Council negotiators discuss the safe third country rules of the Asylum Procedures Regulation",
            Council,
            new("Elena Vasilescu", "Senior Legal Officer", "ECRE"),
            "The proposed Asylum Procedures Regulation would make the safe third country concept compulsory and widen it. An ECRE lawyer explains what this could mean for people seeking protection, and which safeguards must stay.",
            """
            **Q: What does the concept mean in simple terms?**

            An asylum application can be declared inadmissible, that is, not examined on its merits, if the applicant could obtain protection in a country outside the EU that is considered safe for them. Responsibility is passed to that country. Today member states may apply the concept, and only a minority do so regularly.

            **Q: What would change under the proposal?**

            Two things matter most. Member states would have to apply it, and the connection required between the applicant and the third country would be loosened, for instance so that transit could be enough. Lists of safe third countries at EU level are also foreseen. Taken together, inadmissibility would become a routine outcome rather than an exception.

            **Q: Why is the connection so important?**

            Because it is what makes a transfer reasonable. Sending someone to a country where they have relatives or lived for years is one thing. Sending them to a country they crossed in a few days, where they know no one and may not be let back in, is quite another. Courts have insisted on a real link, and the law should too.

            **Q: Is there evidence on how the concept works in practice?**

            Very little, and that is part of the problem. The EU-Turkey Statement relied on it for people arriving on the Greek islands, and that experience shows how hard it is to check, case by case, whether protection is actually available. Few people have in fact been returned on that basis, while procedures and appeals took a great deal of resources.

            **Q: Which safeguards do you consider indispensable?**

            An individual assessment rather than a list; a real connection with the country; a guarantee that the person will be readmitted and can apply for protection there; and an appeal that suspends the transfer. Without these, the concept risks moving protection out of the EU rather than sharing it.
            """,
            ["safe-third-country-concept"],
            [
                DemoInterviewQuestion.Single(
                    "Should EU law require a real connection between an applicant and a safe third country?",
                    "Yes, always",
                    "Yes, with some exceptions",
                    "No, transit should be enough",
                    "Not sure"),
                DemoInterviewQuestion.Multiple(
                    "Which safeguards matter most when the concept is applied?",
                    "An individual assessment of safety",
                    "A guarantee of readmission",
                    "Access to an asylum procedure in the third country",
                    "An appeal that suspends the transfer"),
            ]),
        new(
            new DateOnly(2018, 6, 5),
            "Ahead of the June summit: can solidarity start at the port?",
            "EU leaders prepare for a European Council focused on migration",
            Council,
            new("Giulia Ferraresi", "Researcher", "ISMU Foundation"),
            "Migration tops the agenda of the European Council at the end of June, while the asylum reform remains blocked. An ISMU researcher explains why the question of where rescued people go ashore has become the test of European solidarity.",
            """
            **Q: Why is migration back at the top of the summit agenda?**

            Arrivals are much lower than in 2015 and 2016, but the political tension is higher. The asylum reform has not moved, the deadline leaders set themselves for June is close, and several governments are under pressure at home to show results. The central Mediterranean, and the question of who takes responsibility for people rescued at sea, is where these tensions meet.

            **Q: Italy has long said it cannot be the only port of arrival. Is that fair?**

            As far as the rules go, yes. The Dublin criteria, together with the practice of disembarking in the nearest safe port, put the weight on a few states. Italy received hundreds of thousands of people by sea in recent years, and the relocation scheme moved only a small fraction of them. That experience has worn down trust in promises of solidarity.

            **Q: Ideas such as disembarkation platforms outside the EU are circulating. Are they realistic?**

            Many questions are open: which countries would host them, under which law people would be held, and what would happen to those who need protection. No government in North Africa has said it would agree. Experience with offshore processing elsewhere points to high costs and serious risks for rights.

            **Q: What would a credible alternative look like?**

            A predictable arrangement among willing member states, under which people rescued at sea are brought ashore quickly and then shared out according to agreed criteria, with EU support for reception and procedures. It would not solve everything, but it would stop every boat from turning into a diplomatic crisis.

            **Q: What does this mean for reception?**

            Centres at the points of arrival are already crowded. If people are held there longer while relocation or return is decided, standards will suffer unless capacity and staff grow. Reception is not a side issue: it is where the summit's promises will be tested.
            """,
            ["responsibility-sharing-eu-asylum", "reception-conditions-asylum-seekers"],
            [
                DemoInterviewQuestion.Single(
                    "Where should people rescued in the Mediterranean be brought ashore?",
                    "The nearest safe EU port, followed by relocation",
                    "The nearest safe EU port, under the current rules",
                    "Centres in countries outside the EU",
                    "Not sure"),
                DemoInterviewQuestion.Free(
                    "What would convince you that a solidarity arrangement works?",
                    "Boats allowed into port within a day, every time.",
                    "Relocations actually carried out within weeks, not months.",
                    "Published figures on who took how many people.",
                    "Decent conditions in the arrival centres."),
            ]),
        new(
            new DateOnly(2018, 7, 3),
            "When helping becomes a crime: the spread of the crackdown on solidarity",
            "Hungary adopts a law penalising some forms of assistance to asylum seekers",
            Parliament,
            new("Hélène Dufresne", "Advocacy Officer", "PICUM"),
            "A new Hungarian law makes some forms of help to asylum seekers a criminal offence. PICUM's advocacy officer places it in a wider European trend and explains what EU law could do about it.",
            """
            **Q: How does the Hungarian law fit with what you see elsewhere?**

            It is the most explicit example so far, because it targets the work of organisations that inform and support asylum seekers. But it belongs to a broader pattern. In several countries, volunteers who gave someone a lift, a meal or a bed have been investigated, and rescue organisations have faced inquiries and seizures of their ships. Most cases end without a conviction, but the procedure itself is a punishment.

            **Q: What does EU law say?**

            The Facilitation Directive of 2002 requires member states to punish anyone who helps a person to enter or cross their territory irregularly, and anyone who helps them stay for financial gain. For entry, states may exempt humanitarian assistance, but they are not obliged to, and few have written a clear exemption into their law. That leaves prosecutors a lot of room.

            **Q: What is the effect on civil society?**

            A chilling one. Smaller groups in particular stop some activities for fear of fines or legal costs. Volunteers ask us whether they can still offer a bed or a ride to hospital. People without papers then lose access to basic help, and trust between them and the organisations that could help them suffers.

            **Q: Are there signs of resistance?**

            Yes. Courts have acquitted many defendants, and in France the Constitutional Council is examining whether a principle of fraternity protects help given without any gain. Lawyers and NGOs are also documenting cases more systematically, which is why ReSOMA is collecting evidence for an observatory.

            **Q: What should the EU do?**

            Revise the Facilitation Directive so that the humanitarian exemption is mandatory and no offence exists without financial or material gain. Members of the European Parliament have asked the Commission for guidance along these lines. Clear rules would let the authorities pursue smugglers without treating solidarity as a crime.
            """,
            ["crackdown-on-ngos-criminalisation-of-solidarity"],
            [
                DemoInterviewQuestion.Single(
                    "Should EU law oblige member states to exempt humanitarian assistance from the offence of facilitation?",
                    "Yes",
                    "Yes, with a clear definition of humanitarian assistance",
                    "No, it should be left to member states",
                    "Not sure"),
                DemoInterviewQuestion.Multiple(
                    "Which forms of help should never be punishable?",
                    "Rescue at sea",
                    "Food, shelter and medical care",
                    "A lift to a hospital or to the authorities",
                    "Legal information and advice"),
                DemoInterviewQuestion.Free(
                    "Has your organisation changed its activities for fear of prosecution? Tell us briefly.",
                    "We stopped driving people to the station after a volunteer was questioned by the police.",
                    "No, but we now ask a lawyer before starting any new activity.",
                    "We keep a record of every contact with the authorities, just in case.",
                    "Some volunteers left; the others carry on."),
            ]),
        new(
            new DateOnly(2018, 8, 1),
            "Reception at breaking point: lessons from the island centres",
            "Aid organisations warn of severe overcrowding in reception centres on the Aegean islands",
            Unhcr,
            new("Camille Lefèvre", "Policy Officer", "Social Platform"),
            "Reports from the Greek islands describe centres holding several times the number of people they were built for. A Social Platform policy officer explains why reception standards matter beyond emergencies, and what the recast directive could change.",
            """
            **Q: Why do the island centres matter for the EU as a whole?**

            Because they are the result of EU policy, not only of national capacity. Under the EU-Turkey Statement, people arriving on the islands generally have to stay there while their cases are handled. When procedures slow down, the centres fill up. What happens there shows what goes wrong when containment comes first and reception is an afterthought.

            **Q: What are the main problems reported?**

            Overcrowding, poor sanitation, little access to health care and almost none to mental health care, and insecurity for women and children. Unaccompanied children sometimes wait for weeks in unsuitable places. Staff and volunteers are stretched thin. None of this is new, but it has become chronic.

            **Q: The recast Reception Conditions Directive is being negotiated. Would it help?**

            It could bring standards closer together and improve how vulnerable people are identified, which is welcome. But the proposal would also allow reception conditions to be reduced for people who are not in the member state responsible for them. Using reception as a sanction risks pushing people into destitution without stopping onward movement.

            **Q: Are there better models?**

            Smaller accommodation in towns, with access to schools, local services and volunteers, tends to work better for asylum seekers and for the communities around them. Several cities have shown this. It takes planning and reliable funding, which emergency thinking rarely provides.

            **Q: What should be the priority now?**

            Moving vulnerable people to suitable places quickly, and staffing procedures so that nobody waits months for an interview. In the longer term, reception should be planned as the first step of integration, with language classes, information and early access to work from the start.
            """,
            ["reception-conditions-asylum-seekers"],
            [
                DemoInterviewQuestion.Single(
                    "Which reception model do you consider most effective?",
                    "Large centres close to the border",
                    "Small-scale accommodation in towns and cities",
                    "Private housing with support",
                    "A mix, depending on the stage of the procedure"),
                DemoInterviewQuestion.Multiple(
                    "Which services should every asylum seeker have from the first weeks?",
                    "Health and mental health care",
                    "Language classes",
                    "Legal information",
                    "School for children",
                    "Access to work"),
            ]),
        new(
            new DateOnly(2018, 9, 4),
            "Return rates: what the numbers do not tell us",
            "The Commission prepares a targeted revision of the Return Directive",
            Commission,
            new("Karolina Wiśniewska", "Senior Advocacy Officer", "PICUM"),
            "Raising the number of returns is a stated EU priority, and a revision of the Return Directive is expected this autumn. PICUM's senior advocacy officer questions how effectiveness is measured and asks what happens to people who cannot be returned.",
            """
            **Q: Why is the return rate so central in the debate?**

            It has become shorthand for credibility: the share of people ordered to leave who actually leave. The figure usually quoted is below half. But it compares decisions issued in one year with departures in the same year, counts people twice when they receive several decisions, and misses many who leave on their own without telling anyone. It is a weak basis for policy.

            **Q: What do you expect from a revised directive?**

            The signals point to faster procedures, less time for voluntary departure and wider grounds for detention. Our concern is that this moves the balance from the person's rights to speed, with no evidence that more coercion leads to more lasting returns.

            **Q: What works better?**

            Voluntary return with proper counselling and reintegration support is usually cheaper and more durable than forced return. People need time and information to decide, and a realistic prospect of rebuilding their lives. Case management, in which one caseworker follows the person through all the options, including staying, also shows good results.

            **Q: What about people who cannot be returned?**

            That is the blind spot. Some cannot be sent back because their country will not accept them, because they have no documents, or for health reasons. They stay for years without a status, unable to work legally and often without basic services. A serious return policy needs an answer for them, such as a permit for those who cannot be returned through no fault of their own.

            **Q: What should ReSOMA's consultation look at?**

            Better indicators first: not only how many people left, but whether returns lasted and what they cost in human and financial terms. And the experience of cities, which deal with the people who stay whatever national policy says.
            """,
            ["return-policy-effectiveness"],
            [
                DemoInterviewQuestion.Single(
                    "How should the effectiveness of return policy be measured?",
                    "By the share of return decisions carried out",
                    "By whether returns last over time",
                    "By respect for fundamental rights during the process",
                    "By a combination of these"),
                DemoInterviewQuestion.Free(
                    "What should happen to people who cannot be returned?",
                    "After a fixed period they should get a temporary permit and the right to work.",
                    "Case by case, with access to a lawyer.",
                    "They need at least health care and a place to sleep while their situation is sorted out.",
                    "Governments should negotiate harder with countries of origin."),
            ]),
        new(
            new DateOnly(2018, 10, 2),
            "Refugees and jobs: what makes the difference in the first two years",
            "New figures show slow progress in refugees' access to employment",
            Commission,
            new("Katrin Schäfer", "Senior Researcher", "Centre for Migration Studies, University of Eastmoor"),
            "Three years after the arrivals of 2015, many refugees are still looking for stable work. A researcher who follows refugees' first steps on the labour market explains which measures make a difference, and why women are often left behind.",
            """
            **Q: How are the refugees who arrived in 2015 doing on the labour market?**

            Better than the pessimists predicted, but more slowly than other migrants. Earlier studies show that refugees usually need five to ten years to reach employment rates similar to other migrants, because they did not plan their move, often lack documents and must first learn the language. What we see now fits that pattern: steady progress from a low starting point.

            **Q: Which measures have the strongest effect?**

            An early assessment of skills, so that people are not sent to generic courses; language courses linked to work rather than years in a classroom first; and contact with employers through placements or mentoring. Speed matters too. Long asylum procedures without access to work mean lost years and fading skills.

            **Q: Why are refugee women doing worse?**

            They often carry more care duties, have less experience of formal work, and courses are rarely organised with childcare. Programmes also tend to focus on the men, seen as the main earners. Where childcare and flexible courses are offered, women's participation rises quickly.

            **Q: What role do employers play?**

            A bigger one than policy often assumes. Many are willing to hire but are put off by paperwork, uncertainty about permits and the difficulty of judging foreign qualifications. Clear rules, a single contact point and support during the first months of work make a real difference, above all for small firms.

            **Q: What should the EU do?**

            Most tools are national and local, but EU funds pay for many programmes. The key is continuity: integration takes years, and projects that end just as they start to work waste money. Sharing evaluations across countries would also help, because too many programmes are never properly assessed.
            """,
            ["labour-market-integration-refugees"],
            [
                DemoInterviewQuestion.Multiple(
                    "Which measures help refugees most in finding work?",
                    "Early assessment of skills",
                    "Language courses combined with work",
                    "Mentoring and contacts with employers",
                    "Faster recognition of qualifications",
                    "Childcare during courses"),
                DemoInterviewQuestion.Single(
                    "When should asylum seekers be allowed to work?",
                    "As soon as they apply",
                    "After three months",
                    "After six months",
                    "Only once they are recognised"),
            ]),
        new(
            new DateOnly(2018, 11, 6),
            "Legal pathways for work: why the EU keeps hesitating",
            "Negotiations on the revised EU Blue Card remain stalled",
            Council,
            new("Nikos Papadakis", "Policy Analyst", "Migration Policy Group"),
            "The reform of the EU Blue Card for highly qualified workers has been stuck for more than a year, while shortages grow in many sectors. A Migration Policy Group analyst explains why legal migration is so hard to agree on at EU level.",
            """
            **Q: Why has the Blue Card reform stalled?**

            The Commission proposed in 2016 to make the Blue Card more attractive, with lower salary thresholds and easier moves between member states. The Parliament agreed its position quickly. In the Council, several governments want to keep their own national schemes for highly skilled workers alongside the Blue Card, which would limit the reform's effect. Positions have barely moved since.

            **Q: Is the Blue Card the right focus?**

            It covers only a small part of the need. The shortages employers report are often in care, construction, farming, transport and hospitality: jobs that do not reach the Blue Card's salary threshold. For these, the channels are national, fragmented and often temporary, and there is very little discussion at EU level.

            **Q: Are there new ideas?**

            The Commission has supported pilot projects with a few partner countries that link training at home with jobs in Europe. They are small, but they test an approach in which both sides gain: skills are built, not only recruited. Scaling them up would require employers to be involved from the start.

            **Q: Would more legal routes reduce irregular migration?**

            It is often argued, and there is some evidence that legal channels can reduce irregular crossings from particular countries when they are large and accessible enough. But they are not a switch that turns irregular migration off. The main case for legal pathways is that they serve labour markets and workers' rights, not that they replace border control.

            **Q: What should stakeholders tell the EU?**

            That any new scheme must protect workers. Temporary programmes that tie a worker to one employer invite exploitation. The right to change employer, information in a language people understand and a way to complain that does not depend on the employer matter as much as the number of permits.
            """,
            ["legal-pathways-labour-migration"],
            [
                DemoInterviewQuestion.Single(
                    "Which group of workers most needs new legal routes into the EU?",
                    "Highly qualified professionals",
                    "Technicians and skilled trades",
                    "Workers in care and agriculture",
                    "Students and recent graduates"),
                DemoInterviewQuestion.Multiple(
                    "What should protect migrant workers in any new scheme?",
                    "The right to change employer",
                    "Information in a language they understand",
                    "Access to trade unions",
                    "A complaint mechanism independent of the employer"),
            ]),
        new(
            new DateOnly(2018, 12, 4),
            "Two global compacts in one month: what changes for Europe?",
            "The Global Compact on Refugees goes to the UN General Assembly",
            Unhcr,
            new("Matteo Bianchini", "Senior Researcher", "ISMU Foundation"),
            "This month the Global Compact for Migration is due to be adopted in Marrakesh, and the Global Compact on Refugees goes to the UN General Assembly. An ISMU researcher explains what the two texts contain, why they have divided Europe, and what they could mean for cities.",
            """
            **Q: What are the two compacts, and how do they differ?**

            Both stem from the New York Declaration of 2016. The Global Compact on Refugees, prepared by UNHCR, is about sharing responsibility for refugees more fairly: easing the pressure on host countries and widening resettlement and other pathways. The Global Compact for Migration, negotiated among states, covers migration as a whole, with twenty-three objectives ranging from better data to decent work. Neither is legally binding.

            **Q: Why has the migration compact caused so much controversy?**

            In recent weeks several governments, some of them in the EU, have said they will not endorse it, arguing that it could limit national sovereignty, although the text explicitly says the opposite. The debate has been driven by online campaigns and misleading claims, and the compact has become a symbol in national politics. As a result the EU cannot speak with one voice in Marrakesh.

            **Q: Does the refugee compact matter for responsibility sharing in the EU?**

            Indirectly. It asks wealthier states to support the countries that host most refugees, which are not in Europe, and to offer more resettlement places. That mirrors the EU's own debate: Europe asks others to share responsibility while it struggles to agree on sharing it internally. The credibility of one depends on the other.

            **Q: Where do cities come in?**

            Many objectives of the migration compact, such as access to basic services, inclusion and the fight against discrimination, are delivered locally. Cities have asked to take part in implementation, and several have already committed to it. For undocumented migrants in particular, the objective on basic services gives local authorities a reference when they design health or education policies.

            **Q: What should we watch in 2019?**

            Whether implementation actually starts: national plans, reviews, and the first Global Refugee Forum, planned for the end of 2019. ReSOMA's next cycle will look at how both compacts are put into practice in Europe.
            """,
            ["responsibility-sharing-eu-asylum", "access-to-services-undocumented-migrants"],
            [
                DemoInterviewQuestion.Single(
                    "Should every EU member state endorse the Global Compact for Migration?",
                    "Yes",
                    "No",
                    "Not sure"),
                DemoInterviewQuestion.Multiple(
                    "Which objectives of the two compacts matter most to you?",
                    "Fairer sharing of responsibility for refugees",
                    "More resettlement and legal pathways",
                    "Access to basic services for all migrants",
                    "Better data on migration",
                    "Fighting discrimination"),
            ]),
    ];
}
