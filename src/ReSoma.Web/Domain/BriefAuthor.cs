namespace ReSoma.Web.Domain;

/// <summary>An author of a brief, in byline order.</summary>
public class BriefAuthor
{
    public int Id { get; set; }
    public int BriefId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    /// <summary>The author's ORCID iD in its four-group form (<see cref="Domain.Orcid"/>), when known.</summary>
    public string? Orcid { get; set; }

    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}
