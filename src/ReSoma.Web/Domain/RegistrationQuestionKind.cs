namespace ReSoma.Web.Domain;

public enum RegistrationQuestionKind
{
    ShortText = 1,
    SingleChoice = 2,
    MultipleChoice = 3,
    Consent = 4,
}
