using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>A stakeholder's demo proposal, by a fictional person without an account. <see cref="AdoptedAs"/> is the
/// slug of the current cycle's topic it became, for a proposal its opening adopted.</summary>
public sealed record DemoProposal(Area Area, string Title, string ProposedBy, string Rationale, string? AdoptedAs = null);

/// <summary>
/// Proposals around the current demo cycle: those its opening decided (sent in the autumn before it, three adopted as its
/// topics) and those sent since it opened, waiting for the next cycle. Their text avoids dates; the seeder dates them.
/// </summary>
public static class DemoProposals
{
    /// <summary>Decided by the current cycle's opening; proposed on the day given of the year before.</summary>
    public static IReadOnlyList<(DemoProposal Proposal, int Month, int Day)> DecidedByOpening { get; } =
    [
        (new(Area.Asylum, "Asylum procedures at a distance", "Jan de Vries", """
            Interviews by video, online registration and remote legal counselling are being tried out in several Member
            States. Do they speed up procedures without lowering safeguards? Practitioners' experience would be a useful
            start.
            """, AdoptedAs: "asylum-procedures-at-a-distance"), 10, 14),
        (new(Area.Migration, "Essential workers with temporary permits", "Sofia Marques", """
            Farm, care and delivery work depends heavily on migrants holding short or seasonal permits. We suggest looking
            at how their **rights and protection** can be secured, and whether legal pathways for these jobs should be
            widened.
            """, AdoptedAs: "essential-workers-with-temporary-permits"), 11, 3),
        (new(Area.Integration, "Anti-racism as part of integration policy", "Karim Benali", """
            Integration strategies often speak about newcomers' duties and rarely about the discrimination they and their
            children meet in work, housing and schools. The platform could gather what research says about **structural
            racism** and which local and national anti-racism plans have measurable results.
            """, AdoptedAs: "anti-racism-in-integration-policy"), 11, 20),
        (new(Area.Integration, "Volunteers who support newcomers", "Tereza Novotná", """
            Much day-to-day help for newcomers comes from volunteers: language cafés, mentoring, help with forms. How can
            cities support them without leaving professional services to goodwill alone?
            """), 12, 2),
    ];

    /// <summary>Sent since the current cycle opened; <c>Share</c> places each between the opening and the day of seeding.</summary>
    public static IReadOnlyList<(DemoProposal Proposal, double Share)> WaitingForNextCycle { get; } =
    [
        (new(Area.Asylum, "Guardianship and age assessment of children on the move", "Hanna Lindberg", """
            Children who arrive alone wait too long for a guardian, and age assessments differ widely between countries.
            We propose to compare **guardianship systems** and assessment methods, and what children themselves say about
            them.
            """), 0.2),
        (new(Area.Migration, "Digital identity and the EU's migration databases", "Marco Ferri", """
            More and more decisions rely on large databases and automated checks. Which **safeguards** exist when the data
            is wrong, and can the people concerned find out and have it corrected?
            """), 0.45),
        (new(Area.Integration, "Learning the language at work", "Amira Haddad", """
            Evening classes do not suit people who work shifts. Employers, unions and schools have tried **language courses
            in the workplace**; it is time to find out which of them work and how they are paid for.
            """), 0.7),
        (new(Area.Asylum, "Protection for people displaced by disasters", "Pedro Santos", """
            Floods, droughts and storms already force people to move, yet refugee law rarely covers them. The platform could
            map the **humanitarian permits** and temporary protection that some countries grant, and what they lack.
            """), 0.9),
    ];

    /// <summary>Every demo proposal, so that deleting the demo content finds them: proposals carry no demo mark, and a
    /// demo one is recognised by its title and its author, a name with no account.</summary>
    public static IReadOnlyList<DemoProposal> All { get; } =
        [.. DecidedByOpening.Select(d => d.Proposal), .. WaitingForNextCycle.Select(w => w.Proposal)];
}
