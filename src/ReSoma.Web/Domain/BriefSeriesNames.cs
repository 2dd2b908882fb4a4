namespace ReSoma.Web.Domain;

/// <summary>How a series appears in URLs (<c>?series=policy-options</c>), on screen, and in citations.</summary>
public static class BriefSeriesNames
{
    public static IReadOnlyList<BriefSeries> All { get; } = [BriefSeries.DiscussionBrief, BriefSeries.PolicyOptionBrief, BriefSeries.FinalSyntheticReport];

    public static string Slug(this BriefSeries series) => series switch
    {
        BriefSeries.DiscussionBrief => "discussion",
        BriefSeries.PolicyOptionBrief => "policy-options",
        BriefSeries.FinalSyntheticReport => "final-reports",
        _ => series.ToString().ToLowerInvariant(),
    };

    public static string DisplayName(this BriefSeries series) => series switch
    {
        BriefSeries.DiscussionBrief => "Discussion brief",
        BriefSeries.PolicyOptionBrief => "Policy option brief",
        BriefSeries.FinalSyntheticReport => "Final synthetic report",
        _ => series.ToString(),
    };

    public static string PluralName(this BriefSeries series) => series switch
    {
        BriefSeries.DiscussionBrief => "Discussion briefs",
        BriefSeries.PolicyOptionBrief => "Policy option briefs",
        BriefSeries.FinalSyntheticReport => "Final synthetic reports",
        _ => series.ToString(),
    };

    public static BriefSeries? FromSlug(string? value) => All.Cast<BriefSeries?>().FirstOrDefault(s => string.Equals(s!.Value.Slug(), value, StringComparison.OrdinalIgnoreCase));
}
