using System.Globalization;
using CsvHelper;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>
/// Participants and the waitlist of a consultation or an event as CSV for spreadsheets, with attendance, access needs and
/// one column per registration question. Names, organisations and answers are typed by stakeholders, so a value such as
/// <c>=HYPERLINK(...)</c> would run as a formula when an editor opens the file: CsvHelper puts a quote in front of any text
/// starting with = + - @ (or a tab or CR), which spreadsheets show as text (OWASP's CSV injection advice).
/// </summary>
public static class ParticipantsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static IReadOnlyList<string> Header { get; } =
    [
        "Status", "Waitlist position", "Name", "Email", "Organisation", "Role", "Registered at (UTC)", "Confirmed at (UTC)",
        "Code", "Attended at (UTC)", "Access needs", "Access note",
    ];

    // The byte order mark makes Excel read the file as UTF-8, so "Zoë" and "Łódź" arrive intact.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public sealed record Export(string FileName, byte[] Content);

    public static async Task<Export> WriteAsync(ParticipantList list, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. Header, .. list.Questions.Select(q => q.Prompt)]);
            foreach (var person in list.Confirmed.Concat(list.Waitlist))
            {
                csv.WriteField(person.Status == SeatStatus.Confirmed ? "Seat" : "Waitlist");
                csv.WriteField(person.Position?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(person.Name);
                csv.WriteField(person.Email);
                csv.WriteField(person.Organisation ?? "");
                csv.WriteField(person.Role ?? "");
                csv.WriteField(Utc(person.RegisteredAt));
                csv.WriteField(person.ConfirmedAt is { } confirmed ? Utc(confirmed) : "");
                csv.WriteField(person.Status == SeatStatus.Confirmed && person.Code is { } code ? AttendanceCodes.Display(code) : "");
                csv.WriteField(person.AttendedAt is { } attended ? Utc(attended) : "");
                csv.WriteField(string.Join("; ", person.AccessNeeds.Select(AccessNeeds.LabelOf)));
                csv.WriteField(person.AccessNote ?? "");
                foreach (var question in list.Questions)
                {
                    csv.WriteField(person.Answers.GetValueOrDefault(question.Id)?.Replace("\n", "; ", StringComparison.Ordinal) ?? "");
                }

                csv.EndRecord();
            }

            await csv.FlushAsync(cancellationToken);
        }

        return new Export($"{list.Item.Slug}-participants.csv", stream.ToArray());
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
