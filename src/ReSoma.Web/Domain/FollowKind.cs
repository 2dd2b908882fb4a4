namespace ReSoma.Web.Domain;

/// <summary>What a person can follow. The key of a <see cref="Follow"/> says which one of the kind.</summary>
public enum FollowKind
{
    /// <summary>A topic, across the cycles in which it runs: the key is the id of its first entry.</summary>
    Topic = 1,

    /// <summary>One of the three areas: the key is the area's name.</summary>
    Area = 2,

    /// <summary>One of the three brief series: the key is the series' name.</summary>
    Series = 3,

    /// <summary>The current annual cycle, whichever it is: the key is <see cref="Follow.CurrentCycle"/>.</summary>
    Cycle = 4,

    /// <summary>Every event the portal announces: the key is <see cref="Follow.AllEvents"/>.</summary>
    Events = 5,
}
