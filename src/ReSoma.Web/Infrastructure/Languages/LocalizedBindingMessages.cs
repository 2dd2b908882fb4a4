using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ReSoma.Web.Infrastructure.Languages;

/// <summary>The standard validation messages (<see cref="DefaultValidationMessages"/>) and model binding's own messages (a date that is no date, a number that is no number) in the request's
/// language; the English keys live in Features/Shared/Text.resx.</summary>
public sealed class LocalizedBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        options.ModelMetadataDetailsProviders.Add(new DefaultValidationMessages());
        var localizer = factory.Create(typeof(LocalizedBindingMessages));
        var messages = options.ModelBindingMessageProvider;
        // The keys are the framework's own English messages, so English pages read exactly as before.
        messages.SetValueIsInvalidAccessor(value => localizer["The value '{0}' is invalid.", value]);
        messages.SetValueMustNotBeNullAccessor(value => localizer["The value '{0}' is invalid.", value]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => localizer["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => localizer["A value for the '{0}' parameter or property was not provided.", field]);
        messages.SetMissingKeyOrValueAccessor(() => localizer["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => localizer["A non-empty request body is required."]);
        messages.SetUnknownValueIsInvalidAccessor(field => localizer["The supplied value is invalid for {0}.", field]);
        messages.SetValueMustBeANumberAccessor(field => localizer["The field {0} must be a number.", field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => localizer["The value '{0}' is not valid.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => localizer["The supplied value is invalid."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => localizer["The field must be a number."]);
    }
}
