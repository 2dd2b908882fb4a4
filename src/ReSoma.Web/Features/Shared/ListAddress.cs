namespace ReSoma.Web.Features.Shared;

/// <summary>
/// The address of a list page from the filters it understood, in the list's own order, empty ones left out. Built from
/// the list's model rather than the request, so a tracking parameter (utm_*, fbclid) or a value the list ignored never
/// becomes part of it, and the same list always has the same address.
/// </summary>
public static class ListAddress
{
    public static string Of(string path, params (string Name, string? Value)[] parameters)
    {
        var query = parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value!.Trim()))
            .ToList();
        return query.Count == 0 ? path : path + "?" + string.Join('&', query);
    }
}
