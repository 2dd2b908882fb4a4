using System.Globalization;
using Microsoft.Extensions.Localization;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>The English key itself, arguments put in: what a form's own validation says when it runs without the
/// application's services (a test validating an input directly).</summary>
internal sealed class EnglishWords : IStringLocalizer
{
    public static EnglishWords Instance { get; } = new();

    public LocalizedString this[string name] => new(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.InvariantCulture, name, arguments), resourceNotFound: true);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];

    /// <summary>The localizer of <paramref name="type"/>'s folder from the validation's services (a
    /// <see cref="System.ComponentModel.DataAnnotations.ValidationContext"/>), else English.</summary>
    public static IStringLocalizer For(IServiceProvider services, Type type) =>
        services.GetService(typeof(IStringLocalizer<>).MakeGenericType(type)) as IStringLocalizer ?? Instance;
}
