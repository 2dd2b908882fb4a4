namespace ReSoma.Web.Domain;

/// <summary>How a reader answers one question of an interview's questionnaire.</summary>
public enum QuestionKind
{
    SingleChoice,
    MultipleChoice,
    FreeText,
}
