using Microsoft.AspNetCore.Routing.Patterns;

namespace ReSoma.Tests.Security.BadInput;

/// <summary>One request of the walk: fields already percent-encoded, and what it tries, for the report.</summary>
public sealed record WalkRequest(string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Fields, string Input, bool WithToken = true);

/// <summary>
/// The requests for one endpoint. The baseline: real route values and the form as its page shows it. Then one request
/// per payload with that payload in every field at once. Then, since a request full of bad values stops at validation
/// before it reaches the arithmetic, one per typed field (number, boolean, date, enum) and payload that type mishandles,
/// every other field as the page filled it; the same per text field of a real form, for markup, RTL overrides (one
/// shaped like a local return address) and a <c>javascript:</c> address, which valid neighbours let through to storage,
/// redirects and back. Last, each route parameter
/// with each payload a route value can hold.
/// </summary>
public static class WalkPlan
{
    public static List<WalkRequest> For(WalkedEndpoint endpoint, RouteSamples samples, List<KeyValuePair<string, string>> baseline, bool realForm)
    {
        var path = PathOf(endpoint.Route, samples, null, null);
        var fields = endpoint.Fields.Concat(UnboundInputs.For(endpoint, samples)).DistinctBy(f => f.Name).ToList();
        var requests = new List<WalkRequest> { new(endpoint.Method, path, baseline, "baseline", endpoint.TakesToken) };

        // A GET that binds nothing has only the notices its view reads as text (or OAI's arguments, whose dates get
        // requests of their own below): the typed values would all be the same request again.
        var mixed = endpoint.Fields.Count > 0 || endpoint.IsPost ? BadInputCorpus.All : BadInputCorpus.All.Where(p => p.InPath);
        requests.AddRange(fields.Count == 0 ? [] : mixed.Select(payload =>
            new WalkRequest(endpoint.Method, path, With(baseline, fields.ToDictionary(f => f.Name, _ => payload.Encoded)), $"every field = {payload}", endpoint.TakesToken)));

        // With one field, the requests above already sent each payload alone.
        requests.AddRange(
            from field in fields
            where fields.Count > 1 && (field.Kind != FieldKind.Text || realForm)
            from payload in BadInputCorpus.AloneFor(field.Kind)
            select new WalkRequest(endpoint.Method, path, With(baseline, new() { [field.Name] = payload.Encoded }), $"{field.Name} = {payload}", endpoint.TakesToken));

        requests.AddRange(
            from parameter in endpoint.Route.Parameters
            from payload in BadInputCorpus.InRoute(parameter.ParameterPolicies.Any(p => p.Content == "int"))
            select new WalkRequest(endpoint.Method, PathOf(endpoint.Route, samples, parameter.Name, payload), baseline, $"route {{{parameter.Name}}} = {payload}", endpoint.TakesToken));
        return requests;
    }

    public static string PathOf(RoutePattern route, RouteSamples samples, string? badParameter, Payload? payload) =>
        "/" + string.Join('/', route.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter when parameter.Name == badParameter => payload!.Encoded,
            RoutePatternParameterPart parameter => Uri.EscapeDataString(samples.For(route, parameter.Name)
                ?? throw new InvalidOperationException($"No sample value for {{{parameter.Name}}} in {route.RawText}: add one to {nameof(RouteSamples)}")),
            _ => "",
        }))));

    private static List<KeyValuePair<string, string>> With(List<KeyValuePair<string, string>> baseline, Dictionary<string, string> values) =>
        baseline.Where(f => !values.ContainsKey(f.Key)).Concat(values).ToList();
}
