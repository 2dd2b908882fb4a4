using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Razor;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>
/// Views live beside their controller: a controller in namespace <c>ReSoma.Web.Features.Briefs.Editor</c> finds its
/// views in <c>/Features/Briefs/Editor</c>, then in <c>/Features/Shared</c>. One change touches one folder.
/// </summary>
public sealed class FeatureFolders : IControllerModelConvention, IViewLocationExpander
{
    private const string Key = "feature";
    private const string Prefix = "ReSoma.Web.Features.";

    public void Apply(ControllerModel controller)
    {
        var ns = controller.ControllerType.Namespace ?? "";
        controller.Properties[Key] = ns.StartsWith(Prefix, StringComparison.Ordinal) ? ns[Prefix.Length..].Replace('.', '/') : "Shared";
    }

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor.Properties.TryGetValue(Key, out var feature))
        {
            context.Values[Key] = feature as string;
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(Key, out var feature) && feature is not null)
        {
            yield return $"/Features/{feature}/{{0}}.cshtml";
        }

        yield return "/Features/Shared/{0}.cshtml";
    }
}
