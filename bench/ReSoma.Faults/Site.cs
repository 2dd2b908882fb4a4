using System.Text.RegularExpressions;

namespace ReSoma.Faults;

/// <summary>What the demo content offers to write to, found the way a visitor finds it: by following the pages.</summary>
public sealed partial record Site(IReadOnlyList<string> SeatSlugs, IReadOnlyList<string> ContributionSlugs, int BriefId, IReadOnlyList<string> Questionnaires)
{
    public static async Task<Site> DiscoverAsync(Browser stakeholder, Browser editor, Browser reader, CancellationToken cancellationToken)
    {
        var seats = new List<string>();
        var contributions = new List<string>();
        var list = await stakeholder.GetAsync("/consultations", cancellationToken);
        foreach (var slug in Links(list, ConsultationLink()))
        {
            var page = await stakeholder.GetAsync($"/consultations/{slug}", cancellationToken);
            if (HasForm(page, $"/consultations/{slug}/register") || HasForm(page, $"/consultations/{slug}/cancel"))
            {
                seats.Add(slug);
            }

            if (HasForm(await stakeholder.GetAsync($"/consultations/{slug}/contribution", cancellationToken), $"/consultations/{slug}/contribution"))
            {
                contributions.Add(slug);
            }
        }

        var briefs = await editor.GetAsync("/editor/briefs", cancellationToken);
        var briefId = int.Parse(Links(briefs, BriefEditLink()).FirstOrDefault() ?? throw new InvalidOperationException("The editor sees no brief to edit."), System.Globalization.CultureInfo.InvariantCulture);

        var questionnaires = new List<string>();
        var archive = await reader.GetAsync("/interviews", cancellationToken);
        foreach (var path in Links(archive, InterviewLink()).Take(12))
        {
            if ((await reader.GetAsync(path, cancellationToken)).Document.QuerySelector("form#questionnaire-form") is not null)
            {
                questionnaires.Add(path);
            }
        }

        return seats.Count > 0 && questionnaires.Count > 0
            ? new Site(seats, contributions, briefId, questionnaires)
            : throw new InvalidOperationException($"The demo content offers {seats.Count} consultations with seats and {questionnaires.Count} open questionnaires: nothing to load.");
    }

    public static bool HasForm(Page page, string action) =>
        page.Document.Forms.Any(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase) && f.GetAttribute("action") == action);

    private static IEnumerable<string> Links(Page page, Regex pattern) =>
        page.Document.QuerySelectorAll("a[href]").Select(a => pattern.Match(a.GetAttribute("href")!)).Where(m => m.Success)
            .Select(m => m.Groups.Count > 1 && m.Groups[1].Success ? m.Groups[1].Value : m.Value).Distinct();

    [GeneratedRegex(@"^/consultations/([a-z0-9-]+)$")]
    private static partial Regex ConsultationLink();

    [GeneratedRegex(@"^/editor/briefs/(\d+)/edit$")]
    private static partial Regex BriefEditLink();

    [GeneratedRegex(@"^/interviews/\d{4}/\d{1,2}/[a-z0-9-]+$")]
    private static partial Regex InterviewLink();
}
