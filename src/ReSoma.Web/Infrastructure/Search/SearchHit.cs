namespace ReSoma.Web.Infrastructure.Search;

/// <summary>A matching search document and its rank: lower is better on every provider.</summary>
public sealed class SearchHit
{
    public int DocumentId { get; set; }
    public double Rank { get; set; }
}
