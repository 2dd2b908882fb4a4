namespace ReSoma.Web.Domain;

/// <summary>An editor closed the comments of one item: what was said stays, nothing new can be added.</summary>
public class ClosedDiscussion
{
    public CommentTarget Target { get; set; }
    public int TargetId { get; set; }
    public DateTimeOffset ClosedAt { get; set; }
    public string? ClosedById { get; set; }
}
