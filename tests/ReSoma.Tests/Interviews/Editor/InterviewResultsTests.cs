using System.Net;
using CsvHelper;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Interviews.Editor;

public sealed class InterviewResultsTests(InterviewEditorFactory factory) : PortalTest<InterviewEditorFactory>(factory)
{
    private const string Formula = "=HYPERLINK(\"https://evil.example\",\"click\")";

    private async Task<int> AnsweredAsync()
    {
        var id = await Factory.AddInterviewAsync(new NewInterview("Asking readers") { Month = 4, PublishAt = InterviewEditorFactory.Now.AddDays(-5), Published = true });
        var at = InterviewEditorFactory.Now.AddDays(-4);
        await Factory.AddResponseAsync(id, at, new() { [1] = ["Yes"], [2] = ["The Commission", "Cities"], [3] = ["Fund the cities that receive people."] });
        await Factory.AddResponseAsync(id, at.AddHours(1), new() { [1] = ["Yes"], [2] = ["Cities"], [3] = [Formula] });
        await Factory.AddResponseAsync(id, at.AddHours(2), new() { [1] = ["No"] });
        await Factory.AddResponseAsync(id, at.AddHours(3), new() { [2] = ["Member states"], [3] = ["-1 for the current rules"] });
        return id;
    }

    [Fact]
    public async Task The_results_page_counts_each_option_with_its_share_and_lists_every_free_answer()
    {
        var id = await AnsweredAsync();
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync($"/editor/interviews/{id}/results");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("4", page.One("#response-count")!.TextContent);

        var sections = page.Document.QuerySelectorAll(".result-question").ToList();
        Assert.Equal(3, sections.Count);
        string[][] Rows(int i) => sections[i].QuerySelectorAll("tbody tr")
            .Select(r => new[] { r.QuerySelector(".option-text")!.TextContent, r.QuerySelector(".option-count")!.TextContent, r.QuerySelector(".option-percent")!.TextContent })
            .ToArray();
        Assert.Equal([["Yes", "2", "50%"], ["No", "1", "25%"]], Rows(0));
        Assert.Equal([["The Commission", "1", "25%"], ["Member states", "1", "25%"], ["Cities", "2", "50%"]], Rows(1));
        Assert.Equal(["Fund the cities that receive people.", Formula, "-1 for the current rules"], sections[2].QuerySelectorAll(".free-answer").Select(a => a.TextContent));
        Assert.Equal("3", sections[2].QuerySelector(".free-count")!.TextContent);
    }

    [Fact]
    public async Task The_csv_has_one_row_per_response_one_column_per_question_and_formulas_defused()
    {
        var id = await AnsweredAsync();
        await Client.LoginAsRoleAsync(Roles.Editor);
        var response = await Client.Http.GetAsync($"/editor/interviews/{id}/results.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("asking-readers-results.csv", response.Content.Headers.ContentDisposition!.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));

        using var csv = CsvReader.Create(bytes);
        string[] header = ["Submitted at (UTC)", "1. Did you follow the story?", "2. Who should act?", "3. What would you add?"];
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(header.Select(csv.GetString).ToArray());
        }

        Assert.Equal(
            [
                ["2031-04-06 10:00", "Yes", "The Commission; Cities", "Fund the cities that receive people."],
                ["2031-04-06 11:00", "Yes", "Cities", "'" + Formula],
                ["2031-04-06 12:00", "No", "", ""],
                ["2031-04-06 13:00", "", "Member states", "'-1 for the current rules"],
            ],
            rows);
    }

    [Fact]
    public async Task Without_responses_the_results_say_so_and_the_csv_has_only_its_header()
    {
        var id = await Factory.AddInterviewAsync(new NewInterview("Nobody answered"));
        await Client.LoginAsRoleAsync(Roles.Editor);
        var page = await Client.GetAsync($"/editor/interviews/{id}/results");
        Assert.Equal("0", page.One("#response-count")!.TextContent);
        Assert.Equal(["0", "0"], page.Document.QuerySelectorAll(".result-question")[0].QuerySelectorAll(".option-count").Select(c => c.TextContent));

        var text = await Client.Http.GetStringAsync($"/editor/interviews/{id}/results.csv");
        Assert.Single(text.Trim('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
