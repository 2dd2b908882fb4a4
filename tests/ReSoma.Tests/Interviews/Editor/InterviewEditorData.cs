using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Interviews.Editor;

/// <summary>
/// The portal on a clock stopped at Thursday 10 April 2031, 10:00 UTC (12:00 in Brussels, which is on summer time):
/// "the coming month" is May 2031, and a time in the past stays in the past however long the tests take.
/// </summary>
public sealed class InterviewEditorFactory : PortalFactory
{
    public static readonly DateTimeOffset Now = new(2031, 4, 10, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Now);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(Clock));
    }
}

/// <summary>An interview as a test wants it: a complete draft for May 2031 unless told otherwise.</summary>
public sealed record NewInterview(string Title)
{
    public int Year { get; init; } = 2031;
    public int Month { get; init; } = 5;
    public string ExpertName { get; init; } = "Maria Rossi";
    public string Body { get; init; } = "**Why does the ruling matter?**\n\nIt changes who decides.";
    public string Standfirst { get; init; } = "A court ruling and what it changes.";

    /// <summary>Scheduled for this time, or published at it when <see cref="Published"/>.</summary>
    public DateTimeOffset? PublishAt { get; init; }

    public bool Published { get; init; }
}

public static class InterviewEditorData
{
    public static string EditUrl(int id) => $"/editor/interviews/{id}/edit";

    /// <summary>The create form's fields for a complete interview with a three-question questionnaire.</summary>
    public static Dictionary<string, string> Form(string title = "Who rescues at sea", int year = 2031, int month = 5) => new()
    {
        ["Input.Year"] = year.ToString(CultureInfo.InvariantCulture),
        ["Input.Month"] = month.ToString(CultureInfo.InvariantCulture),
        ["Input.Title"] = title,
        ["Input.NewsHeadline"] = "Court rules on rescue ships",
        ["Input.NewsUrl"] = "https://news.example.org/rescue-ruling",
        ["Input.ExpertName"] = "Maria Rossi",
        ["Input.ExpertRole"] = "Professor of maritime law",
        ["Input.ExpertOrganisation"] = "University of Palermo",
        ["Input.ExpertPhotoAlt"] = "",
        ["Input.Standfirst"] = "The ruling and what it changes for NGOs.",
        ["Input.Body"] = "**Why does the ruling matter?**\n\nBecause it says who must coordinate a rescue.",
        ["Input.Questions[0].Text"] = "Did you follow the ruling?",
        ["Input.Questions[0].Kind"] = nameof(QuestionKind.SingleChoice),
        ["Input.Questions[0].Options"] = "Yes\nNo\nPartly",
        ["Input.Questions[1].Text"] = "Which actors should coordinate?",
        ["Input.Questions[1].Kind"] = nameof(QuestionKind.MultipleChoice),
        ["Input.Questions[1].Options"] = "Coast guards\nFrontex\nNGOs",
        ["Input.Questions[2].Text"] = "What should the EU do next?",
        ["Input.Questions[2].Kind"] = nameof(QuestionKind.FreeText),
        ["Input.Questions[2].Options"] = "",
    };

    public static async Task<int> AddInterviewAsync(this PortalFactory factory, NewInterview spec)
    {
        var now = InterviewEditorFactory.Now;
        var interview = new Interview
        {
            Year = spec.Year,
            Month = spec.Month,
            Title = spec.Title,
            Slug = Slugs.From(spec.Title),
            ExpertName = spec.ExpertName,
            ExpertRole = "Researcher",
            ExpertOrganisation = "University of Lisbon",
            Standfirst = spec.Standfirst,
            Body = spec.Body,
            CreatedAt = now,
            UpdatedAt = now,
            Questions =
            [
                new InterviewQuestion { Position = 1, Text = "Did you follow the story?", Kind = QuestionKind.SingleChoice, Options = [new() { Position = 1, Text = "Yes" }, new() { Position = 2, Text = "No" }] },
                new InterviewQuestion { Position = 2, Text = "Who should act?", Kind = QuestionKind.MultipleChoice, Options = [new() { Position = 1, Text = "The Commission" }, new() { Position = 2, Text = "Member states" }, new() { Position = 3, Text = "Cities" }] },
                new InterviewQuestion { Position = 3, Text = "What would you add?", Kind = QuestionKind.FreeText },
            ],
        };
        if (spec.PublishAt is { } at && spec.Published)
        {
            interview.Publish(at);
        }
        else if (spec.PublishAt is { } scheduled)
        {
            interview.Schedule(scheduled);
        }

        await factory.WithDbAsync(async db =>
        {
            db.Interviews.Add(interview);
            await db.SaveChangesAsync();
        });
        return interview.Id;
    }

    /// <summary>One reader's answers, written as the public questionnaire stores them: options by their text, free
    /// answers as text, keyed by the question's position.</summary>
    public static async Task AddResponseAsync(this PortalFactory factory, int interviewId, DateTimeOffset submittedAt, Dictionary<int, string[]> answers)
    {
        await factory.WithDbAsync(async db =>
        {
            var questions = await db.InterviewQuestions.Include(q => q.Options).Where(q => q.InterviewId == interviewId).ToListAsync();
            var response = new QuestionnaireResponse { InterviewId = interviewId, SubmittedAt = submittedAt, BrowserKey = Guid.NewGuid().ToString("N") };
            foreach (var (position, values) in answers)
            {
                var question = questions.Single(q => q.Position == position);
                foreach (var value in values)
                {
                    response.Answers.Add(question.Kind == QuestionKind.FreeText
                        ? new QuestionnaireAnswer { QuestionId = question.Id, Text = value }
                        : new QuestionnaireAnswer { QuestionId = question.Id, OptionId = question.Options.Single(o => o.Text == value).Id });
                }
            }

            db.QuestionnaireResponses.Add(response);
            await db.SaveChangesAsync();
        });
    }

    public static Interview Stored(this PortalFactory factory, int id) =>
        factory.WithDb(db => db.Interviews.AsNoTracking().Include(i => i.Questions).ThenInclude(q => q.Options).Include(i => i.Topics).Include(i => i.Briefs).AsSplitQuery().Single(i => i.Id == id));

    public static List<InterviewRevision> Revisions(this PortalFactory factory, int id) =>
        factory.WithDb(db => db.InterviewRevisions.AsNoTracking().Where(r => r.InterviewId == id).OrderBy(r => r.Number).ToList());
}
