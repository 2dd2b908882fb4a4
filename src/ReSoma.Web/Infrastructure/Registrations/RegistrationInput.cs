using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>The registration form of a consultation or an event: answers by question id (several for a multiple
/// choice), and the access needs every form offers.</summary>
public sealed class RegistrationInput
{
    public Dictionary<int, List<string>> Answers { get; set; } = [];

    public List<string> AccessNeeds { get; set; } = [];

    [StringLength(FieldLengths.ShortText, ErrorMessage = "The note on access needs can be at most {1} characters.")]
    [Display(Name = "Anything else we should prepare")]
    public string? AccessNote { get; set; }

    public static string AnswerField(int questionId) => $"{nameof(Answers)}[{questionId}]";
}
