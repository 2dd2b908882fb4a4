using System.Globalization;
using CsvHelper;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Cycles;

/// <summary>The evidence map as CSV: one row per topic, and per step the count and the titles behind it. Titles are
/// typed by editors, yet a formula in a spreadsheet is never wanted: CsvHelper defuses text starting with = + - @.</summary>
public static class EvidenceMapCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    // The byte order mark makes Excel read the file as UTF-8.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public static async Task<byte[]> WriteAsync(EvidenceMap map, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader(["Area", "Topic", .. EvidenceMapQuery.Steps.SelectMany(s => new[] { EvidenceMapQuery.NameOf(s), EvidenceMapQuery.NameOf(s) + " (titles)" }), "Steps without anything yet"]);
            foreach (var row in map.Rows)
            {
                csv.WriteField(row.Area.DisplayName());
                csv.WriteField(row.Topic);
                foreach (var step in EvidenceMapQuery.Steps)
                {
                    csv.WriteField(row.Cells[step].Count.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(string.Join("; ", row.Cells[step].Items.Select(i => i.Title)));
                }

                csv.WriteField(row.Gaps.ToString(CultureInfo.InvariantCulture));
                csv.EndRecord();
            }

            await csv.FlushAsync(cancellationToken);
        }

        return stream.ToArray();
    }
}
