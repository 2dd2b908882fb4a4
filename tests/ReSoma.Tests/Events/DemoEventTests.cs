using System.Net;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Data.Seeding.Demo;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Calendar;

namespace ReSoma.Tests.Events;

public sealed class DemoEventTests(DemoPortalFactory factory) : PortalTest<DemoPortalFactory>(factory)
{
    [Fact]
    public async Task The_final_conference_is_in_Lisbon_on_5_and_6_February_2020_with_its_five_themes_and_the_move_to_IMISCOE()
    {
        var lisbon = await Factory.WithDbAsync(db => db.Events.AsNoTracking().Include(e => e.Sessions).Include(e => e.Topics)
            .SingleAsync(e => e.Slug == "resoma-final-conference-lisbon"));
        Assert.True(lisbon.IsDemo);
        Assert.True(lisbon.IsPublished);
        Assert.Equal(EventKind.Conference, lisbon.Kind);
        Assert.Equal("Lisbon", lisbon.City);
        Assert.Equal("Europe/Lisbon", lisbon.TimeZoneId);
        Assert.Equal(new DateTime(2020, 2, 5), ZonedTime.In(lisbon.StartsAt, lisbon.TimeZoneId).Date);
        Assert.Equal(new DateTime(2020, 2, 6), ZonedTime.In(lisbon.EndsAt, lisbon.TimeZoneId).Date);
        Assert.NotEmpty(lisbon.Topics);

        var themes = lisbon.Sessions.SelectMany(s => s.ThemeList).ToHashSet();
        Assert.Equal(
            [
                "Funding integration at local level",
                "Cities as service providers to migrant populations",
                "The coming of age of migration studies",
                "Linking research and policy",
                "New alliances between research and societal stakeholders",
            ],
            DemoEvents.FinalConferenceThemes);
        Assert.All(DemoEvents.FinalConferenceThemes, theme => Assert.Contains(theme, themes));
        Assert.Equal(2, lisbon.Sessions.Select(s => ZonedTime.In(s.StartsAt, lisbon.TimeZoneId).Date).Distinct().Count());
        Assert.All(lisbon.Sessions, s => Assert.InRange(s.StartsAt, lisbon.StartsAt, lisbon.EndsAt));
        var closing = lisbon.Sessions.OrderBy(s => s.StartsAt).Last(s => s.Title.Contains("IMISCOE", StringComparison.Ordinal));
        Assert.Contains("Migration Research Hub", closing.Title, StringComparison.Ordinal);
        Assert.Contains("CrossMigration", closing.Title, StringComparison.Ordinal);

        var page = await Client.GetAsync("/events/resoma-final-conference-lisbon");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("ReSOMA final conference, Lisbon", page.One("h1")!.TextContent);
        Assert.Equal(["Wednesday 5 February 2020", "Thursday 6 February 2020"], page.Document.QuerySelectorAll("#programme h3").Select(h => h.TextContent));
        var shownThemes = page.Document.QuerySelectorAll("#programme .theme").Select(t => t.TextContent).ToHashSet();
        Assert.All(DemoEvents.FinalConferenceThemes, theme => Assert.Contains(theme, shownThemes));

        var february = await Client.GetAsync("/events?view=calendar&month=2020-02");
        Assert.Equal(["ReSOMA final conference, Lisbon"], february.Document.QuerySelectorAll("td[data-date='2020-02-05'] a").Select(a => a.TextContent));
        Assert.Equal(["ReSOMA final conference, Lisbon"], february.Document.QuerySelectorAll("td[data-date='2020-02-06'] a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Both_historical_cycles_have_events_and_two_upcoming_ones_on_this_years_topics_one_taking_registrations()
    {
        var now = DateTimeOffset.UtcNow;
        var events = await Factory.WithDbAsync(db => db.Events.AsNoTracking().Include(e => e.Topics).ThenInclude(t => t.Cycle).Include(e => e.Sessions).ToListAsync());
        Assert.All(events, e => Assert.True(e.IsDemo && e.IsPublished));
        Assert.All(events, e => Assert.NotEmpty(e.Topics));
        Assert.All(events, e => Assert.NotEmpty(e.Sessions));
        var years = events.GroupBy(e => e.StartsAt.Year).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange(years[2018] + years[2019], 4, 6);
        Assert.True(years[2018] >= 2 && years[2019] >= 2);
        Assert.Contains(events, e => e.Kind == EventKind.Workshop && e.City == "Brussels" && e.StartsAt.Year == 2019);
        Assert.Contains(events, e => e.Kind == EventKind.FeedbackMeeting);
        Assert.Contains(events, e => e.Kind == EventKind.Webinar && e.StartsAt.Year < 2020);
        Assert.Contains(events, e => e.Slug.Contains("kick-off", StringComparison.Ordinal));
        Assert.All(events.Where(e => e.StartsAt < now), e => Assert.All(e.Topics, t => Assert.InRange(t.Cycle!.Year, 2018, 2019)));

        var coming = events.Where(e => e.StartsAt > now).OrderBy(e => e.StartsAt).ToList();
        Assert.Equal(2, coming.Count);
        Assert.All(coming, e => Assert.All(e.Topics, t => Assert.True(t.Cycle!.IsCurrent, t.Title)));
        var upcoming = Assert.Single(coming, e => e.SeatPoolId is not null);
        Assert.True(upcoming.IsRegistrationOpen(now));
        var list = await Client.GetAsync("/events");
        Assert.Equal(coming.Select(e => e.Title), list.Document.QuerySelectorAll("#upcoming .event-title a").Select(a => a.TextContent));
        Assert.Equal(events.Count - 2, list.Document.QuerySelectorAll("#past .event-title a").Length);

        var seats = await Factory.WithDbAsync(db => db.SeatRegistrations.CountAsync(r => r.SeatPoolId == upcoming.SeatPoolId && r.Status == SeatStatus.Confirmed));
        Assert.InRange(seats, 1, 59);
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var page = await Client.SubmitAsync(upcoming.PublicPath, new Dictionary<string, string>(), upcoming.PublicPath + "/register");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);

        var feed = Calendar.Load(await Client.Http.GetStringAsync("/events/calendar.ics"))!;
        Assert.Equal(events.Count, feed.Events.Count);
        Assert.Contains(feed.Events, e => e.Uid == "event-resoma-final-conference-lisbon@resoma");
    }
}
