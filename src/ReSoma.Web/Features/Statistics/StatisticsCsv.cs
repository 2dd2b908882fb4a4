using System.Globalization;
using CsvHelper;

namespace ReSoma.Web.Features.Statistics;

/// <summary>A month's uses per item as CSV. Titles are typed by editors: CsvHelper defuses text starting with = + - @,
/// as the evidence map's export does.</summary>
public static class StatisticsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    // The byte order mark makes Excel read the file as UTF-8.
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public static async Task<byte[]> WriteAsync(StatisticsPage page, string siteRoot, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream();
        await using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader(["Month", "Kind", "Series", "Title", "Address", "Views", "Downloads"]);
            foreach (var row in page.Rows.OrderByDescending(r => r.Views + r.Downloads).ThenBy(r => r.Title, StringComparer.Ordinal))
            {
                csv.WriteField(page.Month.Key);
                csv.WriteField(row.Kind);
                csv.WriteField(row.Series);
                csv.WriteField(row.Title);
                csv.WriteField(siteRoot.TrimEnd('/') + row.Path);
                csv.WriteField(row.Views.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(row.Downloads.ToString(CultureInfo.InvariantCulture));
                csv.EndRecord();
            }

            await csv.FlushAsync(cancellationToken);
        }

        return stream.ToArray();
    }
}
