namespace ReSoma.Web.Domain;

public class Topic : IVersioned, IDemoContent
{
    public int Id { get; set; }
    public int CycleId { get; set; }
    public Cycle? Cycle { get; set; }
    public Area Area { get; set; }
    public TopicOrigin Origin { get; set; }
    public required string Title { get; set; }
    public required string Slug { get; set; }

    /// <summary>Markdown, rendered without raw HTML.</summary>
    public string Summary { get; set; } = "";

    public bool IsDemo { get; set; }
    public int Version { get; set; }
}
