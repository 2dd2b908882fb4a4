namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>
/// The interview the seeder publishes for the month of seeding, on a topic the current cycle carried over from 2019, so
/// the home page opens on this month's interview whatever the day. Its text avoids dates for the same reason.
/// </summary>
internal static class DemoInterviewOfTheMonth
{
    public static DemoInterview Interview { get; } = new(
        null,
        "Alternatives to detention cost less, and people keep their appointments",
        "A national audit office finds that immigration detention costs several times more per person than supervised release",
        "https://ec.europa.eu/commission/presscorner/home/en",
        new("Ioana Petrescu", "Case manager", "Northvale Regional Refugee Council"),
        "Detention of migrants keeps growing, although community-based alternatives cost less and keep people in touch with the authorities. A case manager who runs such a programme explains what it takes, and why the platform keeps this question on its agenda after the 2019 cycle.",
        """
        **Q: What does a case manager in an alternative to detention do?**

        I follow about twenty people at a time who would otherwise be held in a detention centre while their case is decided or their return is prepared. We meet every week. I explain each step of the procedure, make sure they have a lawyer, help with housing and health care, and go with them to appointments when needed.

        **Q: Do people really keep their appointments?**

        Most of them, yes. In our programme more than nine in ten people stayed in contact until their case ended. People disappear when they believe the outcome is already decided against them and nobody listens. When they understand the procedure and trust that it is fair, they stay.

        **Q: Why does detention keep growing, then?**

        Because it looks like control. A closed centre is something a minister can point to. Case management is quiet work, and its results show months later. Budgets also follow the old habit: there is a line for detention places and rarely one for caseworkers.

        **Q: What did the 2019 consultations add?**

        They gathered the evidence that alternatives work and cost less. What they could not settle is how to move from pilots run by NGOs to a normal part of public policy. That is why the topic continues this year: the question now is how authorities adopt the model, not whether it works.

        **Q: What would you ask policymakers to do first?**

        Fund alternatives for several years instead of a year at a time, and screen every person for vulnerability before any decision to detain. Children should never be detained for immigration reasons. Those three steps would change a great deal.
        """,
        ["detention-increasing-use"],
        [
            DemoInterviewQuestion.Single(
                "Should alternatives to detention be the rule and detention the exception?",
                "Yes, in every case",
                "Yes, except where there is a real risk of absconding",
                "No, detention should stay the usual measure",
                "Not sure"),
            DemoInterviewQuestion.Multiple(
                "Which support matters most in an alternative to detention?",
                "A lawyer from the start",
                "A regular case manager",
                "Housing",
                "Health care"),
            DemoInterviewQuestion.Free(
                "What would make you trust a migration procedure?",
                "Being told clearly what happens next, and when.",
                "The same caseworker all the way through.",
                "A lawyer who has time to read my file."),
        ]);
}
