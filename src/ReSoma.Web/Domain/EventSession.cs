namespace ReSoma.Web.Domain;

/// <summary>One slot of an event's programme.</summary>
public class EventSession
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
    public required string Title { get; set; }

    /// <summary>Names (and affiliations) as the programme prints them, separated by semicolons.</summary>
    public string Speakers { get; set; } = "";

    /// <summary>The themes the session addresses, separated by semicolons.</summary>
    public string Themes { get; set; } = "";

    public IReadOnlyList<string> SpeakerList => Split(Speakers);

    public IReadOnlyList<string> ThemeList => Split(Themes);

    private static string[] Split(string value) => value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
