using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;

namespace ReSoma.Tests.Search;

/// <summary>
/// One public thing of each searchable type (two briefs), and an unpublished twin of each type that can have one —
/// all with the same rare word, so a search for it shows what the site search finds and what it must never find.
/// </summary>
public sealed record Everything(
    Topic Topic, Cycle Cycle, Brief Brief, Brief SecondBrief, Brief DraftBrief, Brief WithdrawnBrief, Consultation Consultation,
    Interview Interview, Interview DraftInterview, Event Event, Event UnpublishedEvent, NewsPost News, NewsPost DraftNews)
{
    /// <summary>Rare enough that nothing else on a fresh portal contains it.</summary>
    public const string Word = "quokka";

    /// <summary>Only the unpublished twins carry this one.</summary>
    public const string DraftWord = "wombat";

    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public static async Task<Everything> AddAsync(PortalFactory factory)
    {
        var cycle = await factory.AddCycleAsync(2019, topics: ("Quokka corridors and safe passage", Area.Migration));
        var brief = await factory.AddBriefAsync(new NewBrief("Relocation schemes") { Body = "How the quokka principle shares responsibility." });
        var second = await factory.AddBriefAsync(new NewBrief("Reception standards") { Summary = "Quokka-like resilience of local reception." });
        var draft = await factory.AddBriefAsync(new NewBrief("Draft brief") { Body = "Quokka wombat notes.", Status = BriefStatus.Draft });
        var withdrawn = await factory.AddBriefAsync(new NewBrief("Withdrawn brief") { Body = "Quokka wombat, corrected.", Status = BriefStatus.Withdrawn });
        var consultation = await factory.AddConsultationAsync(new NewConsultation("Quokka feedback meeting"), Now);

        Interview interview = null!, draftInterview = null!;
        Event published = null!, unpublished = null!;
        NewsPost news = null!, draftNews = null!;
        await factory.WithDbAsync(async db =>
        {
            interview = NewInterview("Why the quokka vote matters", 2026, 2, "The expert on the quokka vote.");
            interview.Publish(Now);
            draftInterview = NewInterview("Unfinished interview", 2026, 3, "Quokka wombat, not yet reviewed.");
            published = NewEvent("Annual conference in Lisbon", "Researchers meet on quokka evidence.", isPublished: true);
            unpublished = NewEvent("Planned workshop", "Quokka wombat planning.", isPublished: false);
            news = NewNews("Cycle 2026 opens", "Nine new topics, one about the quokka.");
            news.Publish(Now);
            draftNews = NewNews("Draft news", "Quokka wombat, an embargoed story.");
            db.AddRange(interview, draftInterview, published, unpublished, news, draftNews);
            await db.SaveChangesAsync();
        });

        return new Everything(cycle.Topics.Single(), cycle, brief, second, draft, withdrawn, consultation,
            interview, draftInterview, published, unpublished, news, draftNews);
    }

    /// <summary>The titles that a search for <see cref="Word"/> must find.</summary>
    public IReadOnlyList<string> PublicTitles =>
        [Topic.Title, Brief.Title, SecondBrief.Title, Consultation.Title, Interview.Title, Event.Title, News.Title];

    /// <summary>The titles that must never be found, nor listed in the sitemap (the withdrawn brief keeps its page).</summary>
    public IReadOnlyList<string> HiddenTitles =>
        [DraftBrief.Title, WithdrawnBrief.Title, DraftInterview.Title, UnpublishedEvent.Title, DraftNews.Title];

    private static Interview NewInterview(string title, int year, int month, string body) => new()
    {
        Year = year,
        Month = month,
        Title = title,
        Slug = Slugs.From(title),
        ExpertName = "Ana Ferreira",
        Standfirst = "What the story changes.",
        Body = body,
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    private static Event NewEvent(string title, string description, bool isPublished) => new()
    {
        Kind = EventKind.Conference,
        Title = title,
        Slug = Slugs.From(title),
        Summary = "Two days of evidence and debate.",
        Description = description,
        StartsAt = new DateTimeOffset(2026, 6, 4, 9, 0, 0, TimeSpan.FromHours(1)),
        EndsAt = new DateTimeOffset(2026, 6, 5, 17, 0, 0, TimeSpan.FromHours(1)),
        City = "Lisbon",
        IsPublished = isPublished,
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    private static NewsPost NewNews(string title, string body) => new()
    {
        Title = title,
        Slug = Slugs.From(title),
        Date = new DateOnly(2026, 3, 1),
        Teaser = "What is new.",
        Body = body,
        CreatedAt = Now,
        UpdatedAt = Now,
    };
}
