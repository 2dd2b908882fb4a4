using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace ReSoma.Web.Infrastructure.Calendar;

/// <summary>Something with a time and a place that people may put in their calendar.</summary>
public sealed record CalendarEntry(string Uid, string Title, string Description, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Location, string Url, DateTimeOffset Modified, bool Cancelled = false);

/// <summary>iCalendar (RFC 5545) files made with Ical.Net. UIDs are stable, so a re-imported entry updates itself.</summary>
public static class IcsCalendar
{
    public const string ContentType = "text/calendar";

    /// <param name="refreshInterval">For a calendar people subscribe to (a feed): how often their calendar app should
    /// fetch it again, said both the RFC 7986 way (REFRESH-INTERVAL) and the way Outlook reads (X-PUBLISHED-TTL).</param>
    public static string Write(string name, IEnumerable<CalendarEntry> entries, TimeSpan? refreshInterval = null)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//ReSOMA//Portal//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        if (refreshInterval is { } interval)
        {
            var duration = System.Xml.XmlConvert.ToString(interval);
            var refresh = new CalendarProperty("REFRESH-INTERVAL", duration);
            refresh.AddParameter("VALUE", "DURATION");
            calendar.AddProperty(refresh);
            calendar.AddProperty("X-PUBLISHED-TTL", duration);
        }

        foreach (var entry in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.Uid,
                Summary = entry.Title,
                Description = entry.Description + "\n\n" + entry.Url,
                DtStart = new CalDateTime(entry.StartsAt.UtcDateTime, "UTC"),
                DtEnd = new CalDateTime(entry.EndsAt.UtcDateTime, "UTC"),
                DtStamp = new CalDateTime(entry.Modified.UtcDateTime, "UTC"),
                LastModified = new CalDateTime(entry.Modified.UtcDateTime, "UTC"),
                Location = entry.Location,
                Url = new Uri(entry.Url),
                Status = entry.Cancelled ? "CANCELLED" : "CONFIRMED",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
