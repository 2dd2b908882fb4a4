namespace ReSoma.Web.Domain;

/// <summary>One option of a single or multiple choice question.</summary>
public class InterviewOption
{
    public int Id { get; set; }
    public int QuestionId { get; set; }
    public int Position { get; set; }
    public required string Text { get; set; }
}
