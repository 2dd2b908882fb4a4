using System.Globalization;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Languages;

/// <summary>The events pages in French: the list, the month calendar, an event's page with its registration panel, and
/// the editor's form with its validation messages. Content (titles, summaries) stays as written.</summary>
public sealed class FrenchEventsTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public async Task The_list_speaks_French_and_names_the_kind_in_French()
    {
        await Factory.AddEventAsync(new NewEvent("Lisbon webinar on reception") { Kind = EventKind.Webinar });
        var page = await Client.GetAsync("/events?culture=fr");

        Assert.Equal("Événements", page.One("h1")!.TextContent);
        Assert.Equal("Événements à venir", page.One("#upcoming-heading")!.TextContent);
        Assert.Equal("S’abonner au calendrier", page.One("#subscribe-heading")!.TextContent);
        Assert.Contains("Webinaire", page.Document.QuerySelectorAll(".event-kind").Select(k => k.TextContent));
        var title = page.Document.QuerySelectorAll(".event-title a").Single(a => a.TextContent == "Lisbon webinar on reception");
        Assert.Equal("en", title.GetAttribute("lang"));
        Assert.DoesNotContain("Upcoming events", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Subscribe to the calendar", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_month_calendar_names_days_and_months_in_French()
    {
        var page = await Client.GetAsync("/events?view=calendar&culture=fr");
        var french = CultureInfo.GetCultureInfo("fr");

        Assert.Equal(french.DateTimeFormat.GetAbbreviatedDayName(DayOfWeek.Monday), page.Document.QuerySelectorAll("#month-grid thead th").First().TextContent);
        Assert.Contains(page.One("#month-heading")!.TextContent, french.DateTimeFormat.MonthNames.Select(m => m.Length == 0 ? "?" : page.One("#month-heading")!.TextContent.StartsWith(m, StringComparison.Ordinal) ? page.One("#month-heading")!.TextContent : "?"));
        Assert.Equal("Calendrier mensuel", page.One("#calendar-view")!.TextContent);
        Assert.DoesNotContain(">Mon<", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_events_page_and_its_registration_panel_speak_French()
    {
        await Factory.AddEventAsync(new NewEvent("French seat workshop") { Seats = 3, DeadlineIn = TimeSpan.FromDays(5).Add(TimeSpan.FromHours(1)) });
        var client = NewClient();
        await client.LoginAsRoleAsync(Roles.Researcher);
        var page = await client.GetAsync("/events/french-seat-workshop?culture=fr");

        Assert.Equal("Participer", page.One("#registration h2")!.TextContent);
        Assert.Contains("3 places restantes", page.One("#seats")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Les inscriptions ferment dans 5 jours", page.One("#deadline")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Les heures sont exprimées dans le fuseau Europe/Brussels.", page.One("#time-zone")!.TextContent);
        Assert.Contains(CultureInfo.GetCultureInfo("fr").DateTimeFormat.MonthNames, m => m.Length > 0 && page.One("#when")!.TextContent.Contains(m, StringComparison.Ordinal));
        Assert.Equal("en", page.One("h1")!.GetAttribute("lang"));
        Assert.DoesNotContain("seats left", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Take part", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editors_form_gives_its_errors_in_French()
    {
        var client = NewClient();
        await client.LoginAsRoleAsync(Roles.Editor);
        var form = await client.GetAsync("/editor/events/new?culture=fr");
        Assert.Equal("Nouvel événement", form.One("h1")!.TextContent);
        Assert.Equal("Type d’événement", form.One("label[for=Kind]")!.TextContent);

        var page = await client.SubmitAsync("/editor/events/new", new Dictionary<string, string> { ["Title"] = "", ["Kind"] = "" });
        Assert.Contains("Donnez un titre à l’événement.", page.Errors);
        Assert.Contains("Choisissez le type d’événement.", page.Errors);
        Assert.Equal("Veuillez vérifier le formulaire", page.One("#form-errors h2")!.TextContent);
        Assert.DoesNotContain("Give the event a title.", page.Errors);
    }
}
