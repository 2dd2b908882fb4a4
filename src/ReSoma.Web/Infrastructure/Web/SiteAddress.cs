using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>
/// The portal's public address, the only source of absolute links: mail, feeds, citations, calendars, sitemap,
/// canonical and Open Graph tags. Never the request's Host header, which a stranger chooses (a reset link pointing at
/// their host would hand them the token). Production sets <c>Site:BaseUrl</c>; Development without it uses the address
/// the portal listens on.
/// </summary>
public sealed class SiteAddress(IConfiguration configuration, IServer server)
{
    public const string Setting = "Site:BaseUrl";

    private string? _root;

    /// <summary>"https://host/base", without a trailing slash.</summary>
    public string Root => _root ??= Configured(configuration)?.ToString().TrimEnd('/') ?? Listening(server);

    public Uri Uri => new(Root + "/");

    public string Host => Uri.Host;

    public string For(string path) => Root + path;

    /// <summary>The configured address, or null when none is set; a malformed one stops the portal at start.</summary>
    public static Uri? Configured(IConfiguration configuration)
    {
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException($"{Setting} must be the portal's public address, like https://resoma.example.org (got '{value}').");
        }

        return uri;
    }

    // Development only (Production refuses to start without Site:BaseUrl): where `dotnet run` listens.
    private static string Listening(IServer server)
    {
        var first = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (first is null || !Uri.TryCreate(first.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return "http://localhost";
        }

        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.ToString().TrimEnd('/');
    }
}
