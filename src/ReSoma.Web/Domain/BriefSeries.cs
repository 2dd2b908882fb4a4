namespace ReSoma.Web.Domain;

/// <summary>The three series ReSOMA publishes for each topic, in the order of a cycle.</summary>
public enum BriefSeries
{
    /// <summary>Sets the agenda: what is at stake and what stakeholders are asked.</summary>
    DiscussionBrief = 1,

    /// <summary>Responds: the options policy has, weighed with stakeholders.</summary>
    PolicyOptionBrief = 2,

    /// <summary>Challenges perceived dilemmas and offers alternatives.</summary>
    FinalSyntheticReport = 3,
}
