using System.Globalization;
using CsvHelper;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Events.Editor;

/// <summary>
/// An event's participants and waitlist as CSV for spreadsheets. Names and organisations are typed by stakeholders, so
/// a value such as <c>=HYPERLINK(...)</c> would run as a formula when an editor opens the file: CsvHelper puts a quote in
/// front of any text starting with = + - @ (or a tab or CR), which spreadsheets show as text (OWASP's CSV injection advice).
/// </summary>
public sealed class EventParticipantsCsv(EventPeopleQuery people)
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static IReadOnlyList<string> Header { get; } =
        ["Status", "Waitlist position", "Name", "Email", "Organisation", "Role", "Registered at (UTC)", "Confirmed at (UTC)"];

    // The byte order mark makes Excel read the file as UTF-8, so "Zoë" and "Łódź" arrive intact.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public sealed record Export(string FileName, byte[] Content);

    public async Task<Export?> ExportAsync(int id, CancellationToken cancellationToken = default)
    {
        var found = await people.RunAsync(id, cancellationToken);
        if (found is null)
        {
            return null;
        }

        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader([.. Header]);
            foreach (var person in found.Participants.Concat(found.Waitlist))
            {
                csv.WriteField(person.Status == SeatStatus.Confirmed ? "Seat" : "Waitlist");
                csv.WriteField(person.Position?.ToString(CultureInfo.InvariantCulture) ?? "");
                csv.WriteField(person.Name);
                csv.WriteField(person.Email);
                csv.WriteField(person.Organisation ?? "");
                csv.WriteField(person.Role ?? "");
                csv.WriteField(Utc(person.RegisteredAt));
                csv.WriteField(person.ConfirmedAt is { } confirmed ? Utc(confirmed) : "");
                csv.EndRecord();
            }

            await csv.FlushAsync(cancellationToken);
        }

        return new Export($"{found.Slug}-participants.csv", stream.ToArray());
    }

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
