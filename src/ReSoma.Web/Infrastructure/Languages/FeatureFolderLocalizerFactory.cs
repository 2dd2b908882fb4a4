using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ReSoma.Web.Infrastructure.Languages;

/// <summary>
/// One resource per folder: <c>Text.resx</c> (English) and <c>Text.fr.resx</c> beside a feature's controllers and
/// views, found from the asking view's path (<see cref="Microsoft.AspNetCore.Mvc.Localization.IViewLocalizer"/>)
/// or type's namespace (<see cref="IStringLocalizer{T}"/>, data annotations). Its keys are the English text, so a
/// missing entry still shows English, and a test fails on any key without its French.
/// </summary>
public sealed class FeatureFolderLocalizerFactory : IStringLocalizerFactory
{
    public const string ResourceName = "Text";
    private const string Application = "ReSoma.Web";
    private const string SharedFolder = "Features.Shared";

    private readonly ResourceManagerStringLocalizerFactory _resources;

    public FeatureFolderLocalizerFactory(IOptions<LocalizationOptions> options, ILoggerFactory loggers)
    {
        _resources = new ResourceManagerStringLocalizerFactory(options, loggers);
    }

    /// <summary>The folder whose resource holds the strings of a type or view, as a dotted path below the
    /// application ("Features.Briefs"): a feature or infrastructure folder, the shared one for the rest of the
    /// application (the domain's names), and null for anything else (a library's own types).</summary>
    public static string? FolderOf(string dottedName)
    {
        if (!dottedName.StartsWith(Application + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = dottedName[(Application.Length + 1)..].Split('.');
        return parts.Length >= 3 && parts[0] is "Features" or "Infrastructure" ? parts[0] + "." + parts[1] : SharedFolder;
    }

    public IStringLocalizer Create(Type resourceSource) =>
        For(resourceSource.FullName ?? "") ?? _resources.Create(resourceSource);

    public IStringLocalizer Create(string baseName, string location) =>
        For(baseName) ?? _resources.Create(baseName, location);

    private FallbackLocalizer? For(string dottedName) =>
        FolderOf(dottedName) is { } folder ? new FallbackLocalizer(Resource(folder), Resource(SharedFolder)) : null;

    private IStringLocalizer Resource(string folder) => _resources.Create($"{Application}.{folder}.{ResourceName}", Application);
}
