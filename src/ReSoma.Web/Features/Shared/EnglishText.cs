using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ReSoma.Web.Features.Shared;

/// <summary>A localizer that gives the English key itself, formatted: for code that runs without a request (tests,
/// background work) where a message is still wanted in the portal's first language.</summary>
public sealed class EnglishText : IStringLocalizer
{
    public static EnglishText Instance { get; } = new();

    public LocalizedString this[string name] => new(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.InvariantCulture, name, arguments), resourceNotFound: true);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
