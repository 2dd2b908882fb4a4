namespace ReSoma.Web.Domain;

/// <summary>What a comment is about. With the target's id, it names one discussion.</summary>
public enum CommentTarget
{
    /// <summary>A topic across its cycles: the id of its first entry, as a follow keys it.</summary>
    Topic = 1,
    Brief = 2,
    Interview = 3,
    Consultation = 4,
}
