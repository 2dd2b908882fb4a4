using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>What the demo organisers ask people who register, so the forms, the participants list and its export show
/// answers the way a real event would. All optional: demo logins register in one click.</summary>
public static class DemoRegistrationQuestions
{
    public static List<RegistrationQuestion> ForEvent() =>
    [
        new() { Position = 1, Kind = RegistrationQuestionKind.SingleChoice, Prompt = "Lunch", Choices = "Vegetarian\nVegan\nNo preference" },
        new() { Position = 2, Kind = RegistrationQuestionKind.Consent, Prompt = "I agree that photographs taken during the event may show me" },
    ];

    public static List<RegistrationQuestion> ForConsultation() =>
    [
        new() { Position = 1, Kind = RegistrationQuestionKind.ShortText, Prompt = "The evidence or experience you would like to bring" },
    ];
}
