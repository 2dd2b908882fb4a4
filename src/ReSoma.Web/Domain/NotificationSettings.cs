namespace ReSoma.Web.Domain;

/// <summary>
/// A person's choices about news: how often it is mailed, at which hour of which day in their own time zone, whether
/// they take the editors' newsletter (a consent of its own), and the secret of their private feed.
/// </summary>
public class NotificationSettings
{
    public required string UserId { get; set; }
    public DigestFrequency Frequency { get; set; } = DigestFrequency.Weekly;
    public string TimeZoneId { get; set; } = "Europe/Brussels";

    /// <summary>The local hour (0–23) at which daily and weekly digests go out.</summary>
    public int Hour { get; set; } = 8;

    public DayOfWeek WeeklyOn { get; set; } = DayOfWeek.Monday;

    public bool Newsletter { get; set; }

    /// <summary>The secret in the private feed's address; resetting it makes the old address answer 404.</summary>
    public required string FeedToken { get; set; }

    public int Version { get; set; }
}
