using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Budget;

public sealed partial class SqlBudgetTests
{
    // A signed-in request adds one command to every page: the security-stamp check (decision 0017), and one more to every
    // HTML page: the unread count in the header with what the person follows, for the Follow buttons. A page with seats
    // also looks up the visitor's own registration (and, on a consultation, whether they have sent a contribution).
    private static IReadOnlyList<BudgetedPage> PublicPages(BudgetSubjects s, bool signedIn)
    {
        var session = signedIn ? 1 : 0;
        var header = signedIn ? 1 : 0;
        return
        [
            new("home", "/", 7 + session + header),
            new("briefs", "/briefs", 5 + session + header),
            new("briefs by area", "/briefs?area=asylum", 5 + session + header),
            new("briefs by series and year", $"/briefs?series=policy-option-brief&year={s.CycleYear}", 5 + session + header),
            new("briefs page 2", "/briefs?page=2", 5 + session + header),
            new("briefs q=", "/briefs?q=asylum", 7 + session + header),
            // A brief, a consultation, an interview and an event also show their evidence links: one query for a brief's
            // own links (left joins to the four kinds of end), one per kind of backlink. A brief also reads its version history
            // and shows how often it was read and downloaded: one grouped count (decision 0037).
            new("brief", "/briefs/" + s.BriefSlug, 8 + session + header),
            new("brief PDF", $"/briefs/{s.BriefSlug}/pdf", 1 + session, Warm: true),
            // The DataCite record reads the brief as its page does (related briefs and consultations included) but no evidence links.
            new("brief DataCite XML", $"/briefs/{s.BriefSlug}/datacite.xml", 4 + session),
            new("consultations", "/consultations", 2 + session + header),
            new("consultation", "/consultations/" + s.ConsultationSlug, 5 + (3 * session) + header),
            new("interviews", "/interviews", 4 + session + header),
            new("interview, questionnaire open", s.OpenInterviewPath, 7 + session + header),
            new("interview, results shown", s.ClosedInterviewPath, 8 + session + header),
            new("events", "/events", 2 + session + header),
            new("events, month", "/events?view=month", 2 + session + header),
            new("event", "/events/" + s.EventSlug, 5 + (2 * session) + header),
            new("news", "/news", 2 + session + header),
            new("news post", "/news/" + s.NewsSlug, 3 + session + header),
            new("topics", "/topics", 2 + session + header),
            // With its events and the evidence its briefs link to (one query each).
            new("topic", "/topics/" + s.TopicSlug, 8 + session + header),
            new("cycles", "/cycles", 2 + session + header),
            new("cycle", $"/cycles/{s.CycleYear}", 5 + session + header),
            new("evidence map", $"/cycles/{s.CycleYear}/evidence", 5 + session + header),
            new("evidence map CSV", $"/cycles/{s.CycleYear}/evidence.csv", 5 + session),
            new("search", "/search?q=asylum", 5 + session + header),
            // The accessibility statement reads its dates and contact from configuration, never the database.
            new("accessibility statement", "/accessibility", session + header),
            new("briefs feed", "/briefs/feed", 1 + session),
            new("interviews feed", "/interviews/feed", 1 + session),
            new("news feed", "/news/feed", 1 + session),
            new("events calendar", "/events/calendar.ics", 1 + session),
            new("consultations calendar", "/consultations/calendar.ics", 1 + session),
            new("calendar of everything", "/calendar.ics", 2 + session),
            // The news feeds of followable things: the news in one query; a topic's also finds the topic by its address.
            new("topic news feed", $"/feeds/topics/{s.TopicSlug}", 2 + session),
            new("area news feed", "/feeds/areas/asylum", 1 + session),
            new("series news feed", "/feeds/series/policy-options", 1 + session),
            new("cycle news feed", "/feeds/cycle", 1 + session),
            new("events news feed", "/feeds/events", 1 + session),
            new("topic calendar", $"/topics/{s.TopicSlug}/calendar.ics", 3 + session),
            new("sitemap", "/sitemap.xml", 7 + session),
            new("OAI ListRecords", "/oai?verb=ListRecords&metadataPrefix=oai_dc", 2 + session),
        ];
    }

    [Fact]
    public Task Public_pages_cost_a_fixed_number_of_commands_to_an_anonymous_visitor() =>
        CheckAsync("anonymous", Client, s => PublicPages(s, signedIn: false));

    [Fact]
    public async Task Public_pages_cost_a_fixed_number_of_commands_to_a_signed_in_stakeholder()
    {
        await Client.LoginAsRoleAsync(Roles.Researcher);
        await CheckAsync("signed in as a stakeholder", Client, s => PublicPages(s, signedIn: true));
    }
}
