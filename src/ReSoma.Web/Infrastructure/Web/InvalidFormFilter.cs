using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>
/// Validation in one place: a POSTed form whose model is invalid is shown again with its validation summary,
/// before the action runs, and every form shown with errors answers 422 instead of 200.
/// Actions that must see invalid input themselves carry <see cref="HandlesInvalidInputAttribute"/>.
/// </summary>
public sealed class InvalidFormFilter(IModelMetadataProvider metadata) : IActionFilter, IResultFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        if (context.ModelState.IsValid
            || !HttpMethods.IsPost(context.HttpContext.Request.Method)
            || context.ActionDescriptor.EndpointMetadata.OfType<HandlesInvalidInputAttribute>().Any())
        {
            return;
        }

        var model = context.ActionArguments.Values.FirstOrDefault(v => v is not null && v.GetType().IsClass && v is not string);
        if (model is null)
        {
            // No form to show again (a tampered id, say): a plain 400 page.
            context.Result = new BadRequestResult();
            return;
        }

        context.Result = new ViewResult
        {
            ViewName = context.ActionDescriptor.RouteValues["action"],
            ViewData = new ViewDataDictionary(metadata, context.ModelState) { Model = model },
        };
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is ViewResult view && !context.ModelState.IsValid && view.StatusCode is null)
        {
            view.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}

/// <summary>The action checks its own input; <see cref="InvalidFormFilter"/> leaves it alone.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class HandlesInvalidInputAttribute : Attribute;
