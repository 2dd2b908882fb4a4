using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>Puts a refused registration on the form: the refusal in the summary, each answer's error at its field.</summary>
public static class RegistrationErrors
{
    public static void AddTo(ModelStateDictionary modelState, Registrar.Outcome outcome)
    {
        if (outcome.Refusal is not null)
        {
            modelState.AddModelError("", outcome.Refusal);
        }

        foreach (var (field, error) in outcome.FieldErrors)
        {
            modelState.AddModelError(field, error);
        }
    }
}
