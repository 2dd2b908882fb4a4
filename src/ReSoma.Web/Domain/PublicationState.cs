namespace ReSoma.Web.Domain;

/// <summary>Where a consultation or an event is on its way to the public. Only <see cref="Published"/> is public.</summary>
public enum PublicationState
{
    /// <summary>Not published, no time set: only editors see it.</summary>
    Draft,

    /// <summary>Not published yet; the publishing schedule publishes it at <see cref="ISchedulable.PublishAt"/>.</summary>
    Scheduled,

    Published,
}
