namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>
/// The demo interviews still in the editors' hands, placed by the seeder in the months ahead of the clock, so their text
/// avoids dates: one scheduled and complete, one sent to review, and one draft half written. Each is on a topic of the
/// current cycle (named by the topic's page, so a carried topic by its first entry).
/// </summary>
internal static class DemoInterviewDrafts
{
    public static DemoInterview Scheduled { get; } = new(
        null,
        "What a city needs to keep integration services running",
        "The Commission reports on the use of EU funds for the integration of migrants",
        "https://ec.europa.eu/commission/presscorner/home/en",
        new("Mirjam Kooistra", "Head of integration services", "Riverton City Integration Office"),
        "Language courses, housing support and advice for newcomers often depend on grants that last a year or two. The head of a city integration office explains how her team plans for the long term when budgets do not.",
        """
        **Q: What does your office do, day to day?**

        We are the first address for newcomers in the city, whatever their status. We run an information desk, organise language courses with local schools, help people find housing, and refer them to job counselling and health services. About half of our work is done by partner organisations that we fund and coordinate.

        **Q: Where does the money come from?**

        From three sources: the city's own budget, national programmes and EU funds. The city's share is stable but small. The rest comes in projects of one to three years, each with its own rules, reports and deadlines. In a normal year we manage several projects at once.

        **Q: What goes wrong with that model?**

        Continuity. When a project ends, a trusted caseworker leaves, a course closes, and the people who relied on it have to start again somewhere else. We have learned to plan services first and then look for funding to match, instead of designing activities around each call. But that takes reserves that many smaller towns do not have.

        **Q: What would help most?**

        Funding over several years for services that have proved themselves, with reporting on results rather than on every receipt. And a direct line to the managing authorities, so that cities can say what they need before priorities are fixed. We are not asking for more paperwork, only for a seat at the table.

        **Q: Any advice for other cities?**

        Keep your data. When we could show how many people finished a course and found work, the discussions with funders changed. Evidence turns a project into a service.
        """,
        ["funding-local-integration"],
        [
            DemoInterviewQuestion.Single(
                "How long should funding for local integration services last?",
                "One to two years",
                "Three to five years",
                "Longer, as part of core budgets",
                "Not sure"),
            DemoInterviewQuestion.Free(
                "Which local service would you never want to lose?",
                "The information desk: it is where everything starts.",
                "Language courses with childcare.",
                "The caseworkers who know every family by name."),
        ]);

    /// <summary>Complete and sent to review; the editors have not yet chosen a publishing time.</summary>
    public static DemoInterview InReview { get; } = new(
        null,
        "Anti-racism belongs in integration policy",
        "A survey finds that discrimination remains widespread for people with a migrant background",
        "https://www.europarl.europa.eu/news/en",
        new("Karim Benali", "Researcher", "Centre for Migration Studies, University of Eastmoor"),
        "Integration strategies speak a lot about newcomers' duties and much less about the discrimination they meet. A researcher who proposed anti-racism as a topic for the platform explains why the two belong together.",
        """
        **Q: Why should integration policy deal with racism?**

        Because integration is a two-way process, and one side of it is often forgotten. People can learn the language, gain qualifications and still be turned away from a job interview or a flat because of their name or the colour of their skin. Surveys show this again and again, and it affects the children of migrants as well as newcomers.

        **Q: What does the research say about its effects?**

        Discrimination lowers employment and wages, pushes people into worse housing and affects health. It also erodes trust in institutions: people who are treated unfairly by the police or at school are less likely to take part in public life. These are exactly the outcomes integration policy is supposed to improve.

        **Q: Which measures have measurable results?**

        Anonymous recruitment in the public sector, situation testing to detect discrimination in housing and work, and independent equality bodies with the means to act. Local action plans that set targets and publish progress also help, because they make the issue visible in the city's own services.

        **Q: What should the platform look at first?**

        Which national and local anti-racism plans have been evaluated, and with what results. There is a lot of good intention and much less evidence. Collecting what works, and what does not, would be a useful start.
        """,
        ["anti-racism-in-integration-policy"],
        [
            DemoInterviewQuestion.Multiple(
                "Where is discrimination hardest to tackle?",
                "Recruitment",
                "Housing",
                "School",
                "Policing",
                "Health care"),
            DemoInterviewQuestion.Single(
                "Should every integration strategy include an anti-racism plan?",
                "Yes",
                "Only in cities with large migrant populations",
                "No, they are separate policies",
                "Not sure"),
        ]);

    /// <summary>Half written: no standfirst, no questionnaire and two answers still to come.</summary>
    public static DemoInterview Draft { get; } = new(
        null,
        "Leaving no one out of emergency responses",
        "",
        "",
        new("Lena Hoffmann", "Policy Officer", "Social Platform"),
        "",
        """
        **Q: What happens to migrants when governments adopt emergency measures?**

        Emergency measures in health care, housing and income support are designed at speed, and they usually rely on existing registers: residents with an address, a social security number or a work contract. People with a precarious residence status are missing from those registers, so they fall through every net at once.

        **Q: Can you give an example of a response that included them?**

        Some cities guaranteed access to testing and treatment regardless of status and said clearly that health data would not be shared with immigration authorities. Others extended permits automatically, so that nobody lost their status because offices were closed.

        **Q: What would it take to make that the rule?**

        _(Answer to follow after the call on Thursday.)_

        **Q: Who should pay for it?**

        _(To do.)_
        """,
        ["migrants-needs-in-crisis-responses"],
        []);
}
