using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Security.BadInput;

/// <summary>One action under one HTTP method, with the role that may use it (null: anyone) and the fields it binds.</summary>
public sealed record WalkedEndpoint(string Method, RoutePattern Route, string? Role, IReadOnlyList<InputField> Fields, bool TakesToken = true)
{
    /// <summary>"/editor/events/{id}/edit": the route with its constraints left out.</summary>
    public string Template => RouteTemplates.Of(Route, Route.PathSegments.Count);

    public bool IsPost => Method == "POST";

    public override string ToString() => $"{Method} {Template}";
}

/// <summary>
/// Every MVC action from the app's endpoint data source, so a new one cannot be left out of the walk. Endpoints that
/// are not actions (static assets, <c>/health</c>) bind no input and are not walked.
/// </summary>
public static class WalkedEndpoints
{
    /// <summary>The only actions not walked, and why.</summary>
    public static IReadOnlyDictionary<string, string> Excluded { get; } = new Dictionary<string, string>
    {
        // Binds nothing, and would end the session the walk is signed in with.
        ["/account/logout"] = "ends the walk's own session and binds no input",

        // Reached by re-execution; answers the status in its address on purpose (/error/503 is a 503), and every
        // walked request that fails is shown through it anyway.
        ["/error/{code}"] = "status code page: answers the status it is given, by design",
    };

    /// <summary>The identities, in walking order: anonymous first, then the least powerful role that may.</summary>
    public static IReadOnlyList<string?> Identities { get; } = [null, Roles.Researcher, Roles.Editor, Roles.Admin];

    public static async Task<List<WalkedEndpoint>> FindAsync(IServiceProvider services)
    {
        var metadata = services.GetRequiredService<IModelMetadataProvider>();
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var walked = new List<WalkedEndpoint>();
        var actions = services.GetRequiredService<IEnumerable<EndpointDataSource>>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Action: e.Metadata.GetMetadata<ControllerActionDescriptor>()))
            .Where(e => e.Action is not null);
        foreach (var (endpoint, action) in actions)
        {
            var route = endpoint.RoutePattern;
            if (Excluded.ContainsKey(RouteTemplates.Of(route, route.PathSegments.Count)))
            {
                continue;
            }

            var role = await RoleAsync(endpoint, policies);
            var fields = BoundFields.Of(action!, route.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase), metadata);
            // OAI-PMH's POST takes no token (harvesters have no session), and would read one as a bad argument.
            var takesToken = endpoint.Metadata.GetMetadata<IAntiforgeryPolicy>() is not IgnoreAntiforgeryTokenAttribute;
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                walked.Add(new WalkedEndpoint(method, route, role, fields, takesToken));
            }
        }

        return walked.OrderBy(e => e.Template, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).ToList();
    }

    // The first identity every authorization rule of the endpoint lets in.
    private static async Task<string?> RoleAsync(Endpoint endpoint, IAuthorizationPolicyProvider policies)
    {
        var rules = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        if (rules.Count == 0 || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return null;
        }

        var allowed = Roles.All.ToHashSet();
        foreach (var rule in rules)
        {
            var requirements = rule.Policy is null ? [] : (await policies.GetPolicyAsync(rule.Policy))!.Requirements;
            foreach (var roles in requirements.OfType<RolesAuthorizationRequirement>().Select(r => r.AllowedRoles)
                         .Concat(rule.Roles is null ? [] : [rule.Roles.Split(',', StringSplitOptions.TrimEntries)]))
            {
                allowed.IntersectWith(roles);
            }
        }

        return Identities.OfType<string>().FirstOrDefault(allowed.Contains)
            ?? throw new InvalidOperationException($"No demo identity may use {endpoint.DisplayName}");
    }
}

public static class RouteTemplates
{
    /// <summary>The first <paramref name="segments"/> segments of the route, parameters written as <c>{name}</c>.</summary>
    public static string Of(RoutePattern route, int segments) =>
        "/" + string.Join('/', route.PathSegments.Take(segments).Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));
}
