using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Interviews.Editor;

/// <summary>
/// A questionnaire's responses as CSV for spreadsheets: one row per response, its time, then one column per question;
/// the options chosen in a multiple choice are joined with "; ". Free answers are typed by readers, so a value such as
/// <c>=HYPERLINK(...)</c> would run as a formula when an editor opens the file: CsvHelper puts a quote in front of any
/// text starting with = + - @ (or a tab or CR), which spreadsheets show as text.
/// </summary>
public sealed class InterviewResultsCsv(ReSomaDbContext db)
{
    public const string ContentType = "text/csv; charset=utf-8";
    public const string SubmittedHeader = "Submitted at (UTC)";

    // The byte order mark makes Excel read the file as UTF-8, so "Zoë" and "Łódź" arrive intact.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public sealed record Export(string FileName, byte[] Content);

    public async Task<Export?> ExportAsync(int interviewId, CancellationToken cancellationToken = default)
    {
        var interview = await db.Interviews.AsNoTracking()
            .Include(i => i.Questions).ThenInclude(q => q.Options)
            .FirstOrDefaultAsync(i => i.Id == interviewId, cancellationToken);
        if (interview is null)
        {
            return null;
        }

        var questions = interview.Questions.OrderBy(q => q.Position).ToList();
        var options = questions.SelectMany(q => q.Options).ToDictionary(o => o.Id);
        var responses = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.InterviewId == interviewId)
            .Include(r => r.Answers)
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);

        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader([SubmittedHeader, .. questions.Select(q => $"{q.Position}. {q.Text}")]);
            foreach (var response in responses)
            {
                csv.WriteField(response.SubmittedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                foreach (var question in questions)
                {
                    csv.WriteField(AnswerText(question, response.Answers.Where(a => a.QuestionId == question.Id), options));
                }

                csv.EndRecord();
            }

            await csv.FlushAsync(cancellationToken);
        }

        return new Export($"{interview.Slug}-results.csv", stream.ToArray());
    }

    private static string AnswerText(InterviewQuestion question, IEnumerable<QuestionnaireAnswer> answers, Dictionary<int, InterviewOption> options) =>
        question.Kind == QuestionKind.FreeText
            ? string.Join("; ", answers.Select(a => a.Text).OfType<string>())
            : string.Join("; ", answers.Select(a => a.OptionId is { } id && options.TryGetValue(id, out var option) ? option : null).OfType<InterviewOption>()
                .OrderBy(o => o.Position).Select(o => o.Text));
}
