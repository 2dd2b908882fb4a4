namespace ReSoma.Web.Domain;

/// <summary>One person's answer to one registration question.</summary>
public class RegistrationAnswer
{
    public int Id { get; set; }
    public int SeatRegistrationId { get; set; }
    public int RegistrationQuestionId { get; set; }
    public RegistrationQuestion? Question { get; set; }
    public required string Value { get; set; }
}
