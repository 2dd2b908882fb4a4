namespace ReSoma.Web.Domain;

/// <summary>Why a topic was chosen: from the EU agenda (top-down) or from local and national needs (bottom-up).</summary>
public enum TopicOrigin
{
    EuAgenda = 1,
    LocalNeed = 2,
}
