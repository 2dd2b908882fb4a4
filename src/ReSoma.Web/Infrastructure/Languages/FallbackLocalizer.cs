using Microsoft.Extensions.Localization;

namespace ReSoma.Web.Infrastructure.Languages;

/// <summary>A feature folder's strings, then the shared ones: words every page uses ("Save", an area's name, the
/// standard validation messages) are translated once, in Features/Shared.</summary>
internal sealed class FallbackLocalizer(IStringLocalizer own, IStringLocalizer shared) : IStringLocalizer
{
    public LocalizedString this[string name] => Pick(own[name], () => shared[name]);

    public LocalizedString this[string name, params object[] arguments] => Pick(own[name, arguments], () => shared[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        own.GetAllStrings(includeParentCultures).Concat(shared.GetAllStrings(includeParentCultures)).DistinctBy(s => s.Name);

    private static LocalizedString Pick(LocalizedString first, Func<LocalizedString> second) => first.ResourceNotFound ? second() : first;
}
