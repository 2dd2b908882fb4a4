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
        var text = factory.Create(typeof(LocalizedBindingMessages));
        var messages = options.ModelBindingMessageProvider;
        messages.SetValueIsInvalidAccessor(value => text["The value '{0}' is not valid.", value]);
        messages.SetValueMustNotBeNullAccessor(value => text["A value is required."]);
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => text["The value '{0}' is not valid for {1}.", value, field]);
        messages.SetMissingBindRequiredValueAccessor(field => text["A value for {0} was not provided.", field]);
        messages.SetMissingKeyOrValueAccessor(() => text["A value is required."]);
        messages.SetMissingRequestBodyRequiredValueAccessor(() => text["A value is required."]);
        messages.SetUnknownValueIsInvalidAccessor(field => text["The value given for {0} is not valid.", field]);
        messages.SetValueMustBeANumberAccessor(field => text["{0} must be a number.", field]);
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["The value '{0}' is not valid.", value]);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["The value given is not valid."]);
        messages.SetNonPropertyValueMustBeANumberAccessor(() => text["The value must be a number."]);
    }
}
