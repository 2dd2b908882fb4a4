namespace ReSoma.Web.Domain;

/// <summary>An author of a brief, in byline order.</summary>
public class BriefAuthor
{
    public int Id { get; set; }
    public int BriefId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}
