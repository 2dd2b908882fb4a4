using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews;

/// <summary>The GET parameters of /interviews, exactly as typed in the address bar.</summary>
public sealed record InterviewArchiveFilters(string? Year, string? Area, string? Topic, int Page = 1)
{
    /// <summary>This page's address with one parameter changed (null removes it); any change goes back to page 1.</summary>
    public string With(string name, string? value)
    {
        var values = new List<(string Name, string? Value)> { ("year", Year), ("area", Area), ("topic", Topic) };
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

        return query.Count == 0 ? "/interviews" : "/interviews?" + string.Join('&', query);
    }
}

/// <summary>The filters that were understood, ready for the query.</summary>
public sealed record ResolvedInterviewFilters(int? Year, Area? Area, string? TopicSlug)
{
    /// <summary>These filters as parameters again, each spelled one way.</summary>
    public InterviewArchiveFilters AsFilters(int page) =>
        new(Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), Area?.Slug(), TopicSlug, page);
}

/// <summary>A filter in effect, with the address of the same archive without it.</summary>
public sealed record InterviewFilterChip(string Label, string RemoveUrl);

/// <summary>A choice in a filter's drop-down.</summary>
public sealed record InterviewFilterOption(string Value, string Label);
