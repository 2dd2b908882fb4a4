using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Security;

/// <summary>
/// Every kind of unpublished thing, each carrying a word nothing public carries, linked from public things where the
/// model allows it (a published news item about an unpublished event, a published interview naming a draft brief).
/// An anonymous visitor then walks every public path — pages, search, feeds, calendars, sitemap, OAI-PMH — and the
/// word must appear nowhere.
/// </summary>
public sealed class UnpublishedContentTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    /// <summary>What visitors type (a search page repeats it back) ...</summary>
    private const string Secret = "ocelot";

    /// <summary>...and how the hidden content writes it: this must appear nowhere.</summary>
    private const string HiddenWord = "Ocelot";

    [Fact]
    public async Task No_public_path_shows_anything_of_unpublished_content()
    {
        var hidden = await AddEverythingUnpublishedAsync();
        var (publicNews, publicInterview) = await AddPublicThingsLinkedToThemAsync(hidden);
        var (publicBrief, topic) = await AddPublicBriefAndTopicOfAsync(hidden.Consultation);

        string[] paths =
        [
            "/", "/topics", "/briefs", "/briefs?q=" + Secret, "/briefs?q=embargoed", "/interviews", "/events", "/events?show=past",
            "/events?view=calendar&month=2027-03", "/news", "/consultations", "/cycles",
            "/search?q=" + Secret, "/search?q=embargoed", .. SearchKinds.Select(k => $"/search?q={Secret}&type={k}"),
            "/briefs/feed", "/briefs/feed?area=migration", "/interviews/feed", "/news/feed", "/events/calendar.ics", "/calendar.ics", "/consultations/calendar.ics",
            "/sitemap.xml", "/oai?verb=ListRecords&metadataPrefix=oai_dc", "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc",
            "/feeds", publicNews, publicInterview, publicBrief, topic, topic + "/calendar.ics",
        ];
        var leaks = new List<string>();
        foreach (var path in paths)
        {
            var response = await Client.Http.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            if (body.Contains(HiddenWord, StringComparison.Ordinal))
            {
                var at = body.IndexOf(HiddenWord, StringComparison.Ordinal);
                leaks.Add($"{path}: …{body[Math.Max(0, at - 80)..Math.Min(body.Length, at + 40)]}…");
            }
        }

        Assert.True(leaks.Count == 0, "Unpublished words leaked:\n" + string.Join("\n", leaks));

        // Their own addresses answer 404 to a stranger.
        foreach (var path in hidden.Paths)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync(path)).Status);
        }
    }

    [Fact]
    public async Task Publishing_the_event_later_puts_its_title_into_the_news_search_entry_and_unpublishing_takes_it_out()
    {
        var hidden = await AddEverythingUnpublishedAsync();
        await AddPublicThingsLinkedToThemAsync(hidden);
        string Keywords() => Factory.WithDb(db => db.SearchDocuments.Single(d => d.Kind == NewsPost.SearchKind && d.IsPublic).Keywords);
        Assert.DoesNotContain(Secret, Keywords(), StringComparison.OrdinalIgnoreCase);

        var editor = NewClient();
        await editor.LoginAsRoleAsync(Roles.Editor);
        var edit = await editor.GetAsync($"/editor/events/{hidden.Event.Id}/edit");
        await editor.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/events/{hidden.Event.Id}/publish");
        Assert.Contains(Secret, Keywords(), StringComparison.OrdinalIgnoreCase);

        edit = await editor.GetAsync($"/editor/events/{hidden.Event.Id}/edit");
        await editor.SubmitAsync(edit, new Dictionary<string, string>(), $"/editor/events/{hidden.Event.Id}/unpublish");
        Assert.DoesNotContain(Secret, Keywords(), StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] SearchKinds = ["topic", "brief", "consultation", "interview", "event", "news"];

    private sealed record Hidden(
        Brief Brief, Interview Draft, Interview InReview, Interview Scheduled, Event Event, Event ScheduledEvent, NewsPost News,
        Consultation Consultation, Consultation ScheduledConsultation)
    {
        public IEnumerable<string> Paths =>
            [$"/briefs/{Brief.Slug}", Draft.PublicPath, InReview.PublicPath, Scheduled.PublicPath, Event.PublicPath, News.PublicPath,
             $"/briefs/{Brief.Slug}/pdf", $"/briefs/{Brief.Slug}/cite?format=bibtex", $"/events/{Event.Slug}/ics",
             ScheduledEvent.PublicPath, $"/events/{ScheduledEvent.Slug}/ics",
             Consultation.PublicPath, $"/consultations/{Consultation.Slug}/ics", ScheduledConsultation.PublicPath, $"/consultations/{ScheduledConsultation.Slug}/ics"];
    }

    private async Task<Hidden> AddEverythingUnpublishedAsync()
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Ocelot draft brief") { Status = BriefStatus.Draft, Summary = "Ocelot summary.", Body = "Ocelot body.", Keywords = "Ocelot" });
        var draft = await Factory.NewInterview(2027, 1, "Ocelot draft interview").WithBody("Ocelot answers.").Draft();
        var review = await Factory.NewInterview(2027, 2, "Ocelot interview in review").WithBody("Ocelot answers.").InReview();
        var scheduled = await Factory.NewInterview(2027, 3, "Ocelot scheduled interview").WithBody("Ocelot answers.").Scheduled(DateTimeOffset.UtcNow.AddDays(60));
        var e = await Factory.AddEventAsync(new NewEvent("Ocelot embargoed workshop")
        {
            Published = false, At = new DateTimeOffset(2027, 3, 10, 9, 0, 0, TimeSpan.Zero), Summary = "Ocelot summary.", Description = "Ocelot plans.",
            Sessions = [new NewSession("Ocelot session", TimeSpan.Zero, TimeSpan.FromHours(1), "Ocelot Speaker", "Ocelot theme")],
        });
        var scheduledEvent = await Factory.AddEventAsync(new NewEvent("Ocelot scheduled webinar")
        {
            Published = false, PublishAt = DateTimeOffset.UtcNow.AddDays(30), At = new DateTimeOffset(2027, 3, 12, 9, 0, 0, TimeSpan.Zero), Summary = "Ocelot summary.",
        });
        var news = await Factory.AddNewsAsync(new NewNews("Ocelot embargoed news") { Published = false, Teaser = "Ocelot teaser.", Body = "Ocelot story." });
        var consultation = await Factory.AddConsultationAsync(new NewConsultation("Ocelot draft consultation") { Published = false, Place = "Ocelot hall" });
        var scheduledConsultation = await Factory.AddConsultationAsync(
            new NewConsultation("Ocelot scheduled consultation") { Published = false, PublishAt = DateTimeOffset.UtcNow.AddDays(30), Place = "Ocelot hall" });
        return new Hidden(brief, draft, review, scheduled, e, scheduledEvent, news, consultation, scheduledConsultation);
    }

    // Public things that point at hidden ones, written without the secret word themselves.
    private async Task<(string News, string Interview)> AddPublicThingsLinkedToThemAsync(Hidden hidden)
    {
        var news = await Factory.AddNewsAsync(new NewNews("Workshop announced") { EventSlugs = [hidden.Event.Slug] });
        var interview = await Factory.NewInterview(2019, 4, "Public interview").Published(new DateTimeOffset(2019, 4, 1, 9, 0, 0, TimeSpan.Zero));
        await Factory.WithDbAsync(async db =>
        {
            var tracked = await db.Interviews.Include(i => i.Briefs).Include(i => i.Topics).Include(i => i.Search).SingleAsync(i => i.Id == interview.Id);
            tracked.Briefs.Add(await db.Briefs.SingleAsync(b => b.Id == hidden.Brief.Id));
            tracked.UpdatedAt = tracked.UpdatedAt.AddMinutes(1);
            await db.SaveChangesAsync();
        });
        return (news.PublicPath, interview.PublicPath);
    }

    // A published brief that says it drew on the draft consultation, and the page (and calendar) of its topic.
    private async Task<(string Brief, string Topic)> AddPublicBriefAndTopicOfAsync(Consultation consultation)
    {
        var brief = await Factory.AddBriefAsync(new NewBrief("Brief from a meeting"));
        var topicSlug = await Factory.WithDbAsync(async db =>
        {
            db.BriefConsultations.Add(new BriefConsultation { BriefId = brief.Id, ConsultationId = consultation.Id });
            await db.SaveChangesAsync();
            return await db.Topics.Where(t => t.Id == consultation.TopicId).Select(t => t.Slug).SingleAsync();
        });
        return ($"/briefs/{brief.Slug}", $"/topics/{topicSlug}");
    }
}
