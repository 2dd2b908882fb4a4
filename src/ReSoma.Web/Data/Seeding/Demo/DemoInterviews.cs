using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding.Demo;

/// <summary>The expert of a demo interview: a fictional person at a partner or generic organisation.</summary>
public sealed record DemoInterviewExpert(string Name, string Role, string Organisation);

/// <summary>
/// A question of a demo questionnaire with its options; a free-answer question carries instead a few answers that demo
/// readers wrote, so the editors' results are not empty.
/// </summary>
public sealed record DemoInterviewQuestion(QuestionKind Kind, string Text, IReadOnlyList<string> Options, IReadOnlyList<string> SampleAnswers)
{
    public static DemoInterviewQuestion Single(string text, params string[] options) => new(QuestionKind.SingleChoice, text, options, []);

    public static DemoInterviewQuestion Multiple(string text, params string[] options) => new(QuestionKind.MultipleChoice, text, options, []);

    public static DemoInterviewQuestion Free(string text, params string[] sampleAnswers) => new(QuestionKind.FreeText, text, [], sampleAnswers);
}

/// <summary>
/// A demo monthly interview, written for the demo portal. <see cref="PublishedOn"/> is the day an archive interview went
/// public; drafts and the scheduled one have none, the seeder places them in months ahead of the clock.
/// <see cref="Body"/> is Markdown: each question in bold (<c>**Q: …**</c>), then the answer.
/// </summary>
public sealed record DemoInterview(
    DateOnly? PublishedOn,
    string Title,
    string NewsHeadline,
    string NewsUrl,
    DemoInterviewExpert Expert,
    string Standfirst,
    string Body,
    IReadOnlyList<string> TopicSlugs,
    IReadOnlyList<DemoInterviewQuestion> Questions);

/// <summary>The archive of demo interviews: one a month from March 2018 to January 2020.</summary>
public static class DemoInterviews
{
    public static IReadOnlyList<DemoInterview> Archive { get; } = [.. DemoInterviews2018.All, .. DemoInterviews2019.All];
}
