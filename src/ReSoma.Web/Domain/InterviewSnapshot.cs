using System.Globalization;
using System.Text;

namespace ReSoma.Web.Domain;

/// <summary>
/// The whole interview as plain text, one field per block, in a fixed order. Revisions store it, and two of them are
/// compared line by line, so an editor sees exactly which words of which field changed.
/// </summary>
public static class InterviewSnapshot
{
    public static string Of(Interview interview)
    {
        var text = new StringBuilder();
        Field(text, "Month", interview.InterviewMonth.ToString());
        Field(text, "Title", interview.Title);
        Field(text, "News headline", interview.NewsHeadline);
        Field(text, "News link", interview.NewsUrl);
        Field(text, "Expert", interview.ExpertName);
        Field(text, "Role", interview.ExpertRole);
        Field(text, "Organisation", interview.ExpertOrganisation);
        Field(text, "Photo description", interview.ExpertPhotoAlt);
        Field(text, "Topics", string.Join("; ", interview.Topics.Select(t => t.Title).Order(StringComparer.Ordinal)));
        Field(text, "Briefs", string.Join("; ", interview.Briefs.Select(b => b.Title).Order(StringComparer.Ordinal)));
        Field(text, "Standfirst", interview.Standfirst);
        Field(text, "Questions and answers", interview.Body);
        foreach (var question in interview.Questions.OrderBy(q => q.Position))
        {
            var options = question.Options.OrderBy(o => o.Position).Select(o => "- " + o.Text);
            Field(text, string.Create(CultureInfo.InvariantCulture, $"Question {question.Position} ({question.Kind})"), string.Join('\n', options.Prepend(question.Text)));
        }

        return text.ToString().TrimEnd() + "\n";
    }

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append("## ").Append(name).Append('\n').Append(value.Replace("\r\n", "\n", StringComparison.Ordinal).Trim()).Append("\n\n");
}
