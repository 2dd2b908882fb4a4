using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>Every <c>bool</c> and <c>bool?</c> of every form is bound by <see cref="CheckboxModelBinder"/>.</summary>
public sealed class CheckboxModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool) && IsFormOrQuery(context.BindingInfo.BindingSource) ? new CheckboxModelBinder() : null;

    // A bool from a header or a JSON body keeps the binder made for its source.
    private static bool IsFormOrQuery(BindingSource? source) =>
        source is null || source == BindingSource.ModelBinding || source == BindingSource.Form || source == BindingSource.Query || source == BindingSource.Path;
}

/// <summary>
/// A checkbox posts "true" (then its hidden "false") or only "false". Anything else is a validation error, like any
/// value of the wrong type, but the value is not kept as the field's raw value: the checkbox tag helper converts the
/// raw value back to <c>bool</c> when the form is shown again, and a "maybe" threw there, so a tampered checkbox on any
/// form was a 500 instead of the form with its message. Without a raw value the box is shown as the model has it.
/// </summary>
public sealed class CheckboxModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var value = posted.FirstValue?.Trim();
        if (bool.TryParse(value, out var ticked))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
            bindingContext.Result = ModelBindingResult.Success(ticked);
        }
        else if (string.IsNullOrEmpty(value) && bindingContext.ModelMetadata.IsReferenceOrNullableType)
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
            bindingContext.Result = ModelBindingResult.Success(null);
        }
        else
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: null, attemptedValue: null);
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                $"“{bindingContext.ModelMetadata.GetDisplayName()}” is a box to tick or leave empty; the form sent something else. Tick it or not, and send the form again.");
            bindingContext.Result = ModelBindingResult.Failed();
        }

        return Task.CompletedTask;
    }
}
