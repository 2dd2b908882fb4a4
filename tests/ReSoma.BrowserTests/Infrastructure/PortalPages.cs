using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Web.Domain;

namespace ReSoma.BrowserTests.Infrastructure;

/// <summary>Who may open a page: nobody in particular, any signed-in person, a stakeholder, an editor or an admin.</summary>
public enum Audience
{
    Anonymous,
    SignedIn,
    Stakeholder,
    Editorial,
    Admin,
}

/// <summary>One GET route of the portal, as its endpoint data source knows it: its pattern and who may open it.</summary>
public sealed record PortalRoute(string Pattern, Audience Audience, string DisplayName)
{
    public IReadOnlyList<string> Parameters =>
        Regex.Matches(Pattern, @"\{\*{0,2}([A-Za-z]+)[^}]*\}").Select(m => m.Groups[1].Value).ToList();
}

/// <summary>
/// Every GET route the running portal maps, read from its <see cref="EndpointDataSource"/>, so a page added tomorrow is
/// listed without anyone writing it down. Static files are no pages; health probes are left to the content-type check.
/// </summary>
public static class PortalPages
{
    public static IReadOnlyList<PortalRoute> Routes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(IsGet)
            .Where(e => !IsStaticFile(e))
            .Select(e => new PortalRoute(
                "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                AudienceOf(e.Metadata),
                e.DisplayName ?? e.RoutePattern.RawText ?? ""))
            .DistinctBy(r => r.Pattern)
            .OrderBy(r => r.Pattern, StringComparer.Ordinal)
            .ToList();

    // An endpoint that names no methods (the error pages' [Route]) answers GET too.
    private static bool IsGet(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods
        || methods.HttpMethods.Count == 0
        || methods.HttpMethods.Contains(HttpMethods.Get);

    // MapStaticAssets maps one endpoint per file under wwwroot; they carry the file's fingerprinted name and no controller.
    private static bool IsStaticFile(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor");

    private static Audience AudienceOf(EndpointMetadataCollection metadata)
    {
        if (metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return Audience.Anonymous;
        }

        var authorize = metadata.GetOrderedMetadata<IAuthorizeData>();
        if (authorize.Count == 0)
        {
            return Audience.Anonymous;
        }

        var policies = authorize.Select(a => a.Policy).ToList();
        var roles = authorize.SelectMany(a => (a.Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return policies.Contains(Policies.Admin) || roles.Contains(Roles.Admin) ? Audience.Admin
            : policies.Contains(Policies.Editorial) || roles.Contains(Roles.Editor) ? Audience.Editorial
            : policies.Contains(Policies.Stakeholder) ? Audience.Stakeholder
            : policies.All(p => p is null) && roles.Count == 0 ? Audience.SignedIn
            : throw new InvalidOperationException(
                $"Unknown authorization on an endpoint: policies {string.Join(", ", policies)}, roles {string.Join(", ", roles)}. " +
                "Teach PortalPages which demo account may open it.");
    }
}
