using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Consultations;

/// <summary>A consultation's public page, seen by a given visitor (the online link only for people with a seat). An
/// unpublished consultation has a page only for editors, as a preview: for everyone else it does not exist.</summary>
public sealed class ConsultationPageQuery(ReSomaDbContext db, RegistrationPanels panels, PublicDataCache cache, TimeProvider clock)
{
    private static readonly string[] Tags = [CacheTags.Consultations, CacheTags.Briefs, CacheTags.Cycles];

    /// <param name="mayPreview">Whether the viewer is an editor, who sees a draft or scheduled consultation too.</param>
    public async Task<ConsultationPage?> RunAsync(string slug, string? userId, IReadOnlyCollection<string> roles, bool mayPreview, RegistrationInput? input = null, CancellationToken cancellationToken = default)
    {
        // What everyone sees comes from the cache; only the viewer's own standing is read for each request. The cached
        // entry holds drafts too (editors read them), so whether this viewer may see it is decided here, every time.
        var c = await cache.GetAsync($"consultation:{slug}", Tags, ct => LoadAsync(slug, ct), cancellationToken);
        if (c is null || (!c.IsPublished && !mayPreview))
        {
            return null;
        }

        var panel = c.Registrable is { } item ? await panels.ForAsync(item, userId, roles, input, cancellationToken) : null;
        var hasContribution = userId is not null && await db.Contributions.AnyAsync(x => x.ConsultationId == c.Id && x.AuthorUserId == userId, cancellationToken);
        var allowed = c.AllowedRoles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var hasSeat = panel?.Mine?.Status == SeatStatus.Confirmed;
        var viewer = new ViewerStanding(userId is not null, roles.Any(r => allowed.Contains(r)), hasSeat, hasContribution);

        // Without seats the consultation is open to everyone it is for, so its online link is no secret among them.
        var linkVisible = c.Registrable is null ? viewer.RoleAllowed : hasSeat;
        return new ConsultationPage(
            c.Id, c.Title, c.Slug, c.Format, c.Description, c.Area, c.TopicTitle, c.TopicSlug, c.Year, c.StartsAt, c.EndsAt, c.TimeZoneId,
            c.Place, linkVisible ? c.OnlineLink : null, c.RegistrationDeadline, allowed, c.IsCancelled,
            c.CancellationReason, panel, viewer, c.Contributions, c.Briefs, clock.GetUtcNow(), Scheduling.StateOf(c.IsPublished, c.PublishAt), c.PublishAt);
    }

    private async Task<PublicConsultation?> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        var c = await db.Consultations.AsNoTracking()
            .Where(x => x.Slug == slug)
            .Select(x => new
            {
                x.Id, x.Title, x.Slug, x.Format, x.Description, x.Topic!.Area, TopicTitle = x.Topic.Title, TopicSlug = x.Topic.FirstEntry != null ? x.Topic.FirstEntry.Slug : x.Topic.Slug, x.Topic.Cycle!.Year,
                x.StartsAt, x.EndsAt, x.TimeZoneId, x.Place, x.OnlineLink, x.RegistrationDeadline, x.AllowedRoles, x.IsCancelled,
                x.CancellationReason, x.ShowContributions, x.SeatPoolId, x.IsPublished, x.PublishAt, Consultation = x,
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (c is null)
        {
            return null;
        }

        var contributions = !c.ShowContributions ? [] : await PublicContributionsAsync(c.Id, cancellationToken);
        var briefs = await db.BriefConsultations.AsNoTracking()
            .Where(l => l.ConsultationId == c.Id)
            .Join(db.Briefs.Where(b => b.Status == BriefStatus.Published), l => l.BriefId, b => b.Id, (l, b) => new LinkedBrief(b.Title, b.Slug, b.Series))
            .ToListAsync(cancellationToken);
        var registrable = c.SeatPoolId is null ? null : c.Consultation.ToRegistrable();
        return new PublicConsultation(
            c.Id, c.Title, c.Slug, c.Format, c.Description, c.Area, c.TopicTitle, c.TopicSlug, c.Year, c.StartsAt, c.EndsAt, c.TimeZoneId,
            c.Place, c.OnlineLink, c.RegistrationDeadline, c.AllowedRoles, c.IsCancelled, c.CancellationReason, registrable, contributions, briefs,
            c.IsPublished, c.PublishAt);
    }

    /// <summary>The accepted contributions, each with the published briefs citing it, in one query.</summary>
    private async Task<List<PublicContribution>> PublicContributionsAsync(int consultationId, CancellationToken cancellationToken) =>
        (await db.Contributions.AsNoTracking()
            .Where(x => x.ConsultationId == consultationId && x.Status == ContributionStatus.Accepted)
            .OrderBy(x => x.SubmittedAt)
            .Select(x => new
            {
                x.Id, x.Title, x.Body, Author = x.Author!.DisplayName, Organisation = x.Author.Organisation == null ? null : x.Author.Organisation.Name, x.SubmittedAt,
                CitedIn = db.BriefLinks.Where(l => l.ContributionId == x.Id)
                    .Join(db.Briefs.Where(b => b.Status == BriefStatus.Published), l => l.BriefId, b => b.Id, (l, b) => new LinkedBrief(b.Title, b.Slug, b.Series))
                    .ToList(),
            })
            .ToListAsync(cancellationToken))
        .Select(x => new PublicContribution(x.Id, x.Title, x.Body, x.Author, x.Organisation, x.SubmittedAt,
            x.CitedIn.DistinctBy(b => b.Slug).OrderBy(b => b.Title, StringComparer.Ordinal).ToList()))
        .ToList();
}

/// <summary>What every visitor of a consultation's page shares (the online link is only shown to people with a seat).</summary>
public sealed record PublicConsultation(
    int Id, string Title, string Slug, ConsultationFormat Format, string Description, Area Area, string TopicTitle, string TopicSlug, int Year,
    DateTimeOffset StartsAt, DateTimeOffset EndsAt, string TimeZoneId, string? Place, string? OnlineLink, DateTimeOffset RegistrationDeadline,
    string AllowedRoles, bool IsCancelled, string? CancellationReason, Registrable? Registrable,
    IReadOnlyList<PublicContribution> Contributions, IReadOnlyList<LinkedBrief> Briefs, bool IsPublished, DateTimeOffset? PublishAt);
