using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Briefs;

/// <summary>The GET parameters of /briefs, exactly as typed in the address bar.</summary>
public sealed record BriefFilters(string? Q, string? Area, string? Series, string? Topic, string? Year, string? Organisation, int Page = 1)
{
    /// <summary>This page's address with one parameter changed (null removes it); any change goes back to page 1.</summary>
    public string With(string name, string? value)
    {
        var values = new List<(string Name, string? Value)>
        {
            ("q", Q), ("area", Area), ("series", Series), ("topic", Topic), ("year", Year), ("organisation", Organisation),
        };
        var index = values.FindIndex(v => v.Name == name);
        if (index >= 0)
        {
            values[index] = (name, value);
        }

        var query = values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!)}").ToList();
        if (name == "page" && value is not null && value != "1")
        {
            query.Add($"page={value}");
        }

        return query.Count == 0 ? "/briefs" : "/briefs?" + string.Join('&', query);
    }
}

/// <summary>The filters that were understood, ready for the query.</summary>
public sealed record ResolvedBriefFilters(Area? Area, BriefSeries? Series, int? TopicId, int? Year, int? OrganisationId)
{
    /// <summary>The parameters again, with only the values understood, spelled one way: the list's own address.</summary>
    public required BriefFilters Understood { get; init; }
}

/// <summary>A filter in effect ("Area: Migration"), with the address of the same list without it. <paramref name="Language"/>
/// is set when the value is content (a topic's title, an organisation's name), so the chip marks it.</summary>
public sealed record ActiveFilter(string Name, string Value, string RemoveUrl, string? Language = null);

/// <summary>A choice in a filter's drop-down.</summary>
public sealed record FilterOption(string Value, string Label);
