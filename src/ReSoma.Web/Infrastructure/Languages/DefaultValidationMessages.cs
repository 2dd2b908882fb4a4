using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace ReSoma.Web.Infrastructure.Languages;

/// <summary>
/// Gives every validation attribute that names no message of its own the portal's standard one, as a resource key.
/// Data-annotation localisation translates only messages that are set; without this, "The Title field is required."
/// would stay English on a French page. The keys live once, in Features/Shared/Text.resx.
/// </summary>
public sealed class DefaultValidationMessages : IValidationMetadataProvider
{
    public static IReadOnlyDictionary<Type, string> Messages { get; } = new Dictionary<Type, string>
    {
        [typeof(RequiredAttribute)] = "The {0} field is required.",
        [typeof(StringLengthAttribute)] = "{0} must be at most {1} characters long.",
        [typeof(MaxLengthAttribute)] = "{0} must be at most {1} characters long.",
        [typeof(MinLengthAttribute)] = "{0} must be at least {1} characters long.",
        [typeof(RangeAttribute)] = "{0} must be between {1} and {2}.",
        [typeof(EmailAddressAttribute)] = "{0} is not a valid e-mail address.",
        [typeof(UrlAttribute)] = "{0} is not a valid web address (http or https).",
        [typeof(CompareAttribute)] = "{0} and {1} do not match.",
        [typeof(RegularExpressionAttribute)] = "{0} is not in the expected format.",
        [typeof(PhoneAttribute)] = "{0} is not a valid phone number.",
    };

    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            // A StringLength with a minimum keeps its own wording only if it set one; ours names the maximum.
            if (attribute.ErrorMessage is null && attribute.ErrorMessageResourceName is null && Messages.TryGetValue(attribute.GetType(), out var message))
            {
                attribute.ErrorMessage = message;
            }
        }
    }
}
