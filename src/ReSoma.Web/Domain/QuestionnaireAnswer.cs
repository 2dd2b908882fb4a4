namespace ReSoma.Web.Domain;

/// <summary>One chosen option, or one free answer, within a response. A multiple choice gives one row per option.</summary>
public class QuestionnaireAnswer
{
    public int Id { get; set; }
    public int ResponseId { get; set; }
    public int QuestionId { get; set; }
    public int? OptionId { get; set; }
    public string? Text { get; set; }
}
