using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Evidence;

/// <summary>One end of a link as a page shows it. <see cref="Context"/> says where it belongs ("a contribution to …").</summary>
public sealed record LinkedItem(int LinkId, BriefLinkKind Kind, string Title, string Path, string? Context);

/// <summary>Something an editor can link a brief to, as the choice list shows it; <see cref="Key"/> is what the form posts.</summary>
public sealed record LinkTarget(string Key, string Label);

/// <summary>
/// The typed links between briefs and the rest of the evidence, read and written once for every page that shows them
/// (the brief, the consultation, the interview, the event, the contributor's own pages). Only public ends are shown to
/// the public: published briefs, interviews and events, and a contribution's title only where its consultation shows
/// accepted contributions; otherwise the link reads "a written contribution to …".
/// </summary>
public sealed class EvidenceLinks(ReSomaDbContext db, CitationMails mails, TimeProvider clock)
{
    public const string ContributionKey = "contribution";
    public const string BriefKey = "brief";
    public const string InterviewKey = "interview";
    public const string EventKey = "event";

    /// <summary>The links a brief makes; <paramref name="publicOnly"/> leaves out ends the public cannot see.</summary>
    public async Task<IReadOnlyList<LinkedItem>> OfBriefAsync(int briefId, bool publicOnly, CancellationToken cancellationToken = default)
    {
        var links = db.BriefLinks.AsNoTracking().Where(l => l.BriefId == briefId);
        var cited = await links.Where(l => l.ContributionId != null)
            .Join(db.Contributions, l => l.ContributionId, c => c.Id, (l, c) => new { l.Id, c.Title, c.Status, c.Consultation!.Slug, Consultation = c.Consultation.Title, c.Consultation.ShowContributions, c.Consultation.IsPublished })
            .Where(x => !publicOnly || x.IsPublished)
            .ToListAsync(cancellationToken);
        var followed = await links.Where(l => l.EarlierBriefId != null)
            .Join(db.Briefs, l => l.EarlierBriefId, b => b.Id, (l, b) => new { l.Id, b.Title, b.Slug, b.Status })
            .Where(x => !publicOnly || x.Status == BriefStatus.Published)
            .ToListAsync(cancellationToken);
        var interviews = await links.Where(l => l.InterviewId != null)
            .Join(db.Interviews, l => l.InterviewId, i => i.Id, (l, i) => new { l.Id, i.Title, i.Year, i.Month, i.Slug, i.Status })
            .Where(x => !publicOnly || x.Status == InterviewStatus.Published)
            .ToListAsync(cancellationToken);
        var events = await links.Where(l => l.EventId != null)
            .Join(db.Events, l => l.EventId, e => e.Id, (l, e) => new { l.Id, e.Title, e.Slug, e.IsPublished })
            .Where(x => !publicOnly || x.IsPublished)
            .ToListAsync(cancellationToken);

        return
        [
            .. cited.Select(c => new LinkedItem(c.Id, BriefLinkKind.Cites,
                !publicOnly || (c.ShowContributions && c.Status == ContributionStatus.Accepted) ? c.Title : "A written contribution",
                "/consultations/" + c.Slug, "to " + c.Consultation)),
            .. followed.Select(b => new LinkedItem(b.Id, BriefLinkKind.FollowsUp, b.Title, "/briefs/" + b.Slug, null)),
            .. interviews.Select(i => new LinkedItem(i.Id, BriefLinkKind.DiscussedIn, i.Title, Interview.PathOf(i.Year, i.Month, i.Slug), "interview")),
            .. events.Select(e => new LinkedItem(e.Id, BriefLinkKind.DiscussedIn, e.Title, "/events/" + e.Slug, "event")),
        ];
    }

    /// <summary>Published briefs that link to the item: those citing contributions to a consultation, those citing one
    /// contribution, following up a brief, or discussed in an interview or at an event.</summary>
    public Task<List<LinkedItem>> BriefsCitingConsultationAsync(int consultationId, CancellationToken cancellationToken = default) =>
        BacklinksAsync(db.BriefLinks.Where(l => db.Contributions.Any(c => c.Id == l.ContributionId && c.ConsultationId == consultationId)), cancellationToken);

    public Task<List<LinkedItem>> BriefsCitingContributionAsync(int contributionId, CancellationToken cancellationToken = default) =>
        BacklinksAsync(db.BriefLinks.Where(l => l.ContributionId == contributionId), cancellationToken);

    public Task<List<LinkedItem>> BriefsFollowingUpAsync(int briefId, CancellationToken cancellationToken = default) =>
        BacklinksAsync(db.BriefLinks.Where(l => l.EarlierBriefId == briefId), cancellationToken);

    public Task<List<LinkedItem>> BriefsDiscussedInInterviewAsync(int interviewId, CancellationToken cancellationToken = default) =>
        BacklinksAsync(db.BriefLinks.Where(l => l.InterviewId == interviewId), cancellationToken);

    public Task<List<LinkedItem>> BriefsDiscussedAtEventAsync(int eventId, CancellationToken cancellationToken = default) =>
        BacklinksAsync(db.BriefLinks.Where(l => l.EventId == eventId), cancellationToken);

    /// <summary>What an editor may link a brief to: accepted contributions, and the published briefs, interviews and events.</summary>
    public async Task<IReadOnlyList<LinkTarget>> TargetsAsync(int briefId, CancellationToken cancellationToken = default)
    {
        var contributions = await db.Contributions.AsNoTracking().Where(c => c.Status == ContributionStatus.Accepted)
            .OrderBy(c => c.Consultation!.Title).ThenBy(c => c.Title)
            .Select(c => new LinkTarget($"{ContributionKey}:{c.Id}", $"Contribution: {c.Title} (to {c.Consultation!.Title})")).ToListAsync(cancellationToken);
        var briefs = await db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Published && b.Id != briefId).OrderBy(b => b.Title)
            .Select(b => new LinkTarget($"{BriefKey}:{b.Id}", "Brief: " + b.Title)).ToListAsync(cancellationToken);
        var interviews = await db.Interviews.AsNoTracking().Where(i => i.Status == InterviewStatus.Published).OrderByDescending(i => i.Year).ThenByDescending(i => i.Month)
            .Select(i => new LinkTarget($"{InterviewKey}:{i.Id}", "Interview: " + i.Title)).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().Where(e => e.IsPublished).OrderBy(e => e.Title)
            .Select(e => new LinkTarget($"{EventKey}:{e.Id}", "Event: " + e.Title)).ToListAsync(cancellationToken);
        return [.. contributions, .. briefs, .. interviews, .. events];
    }

    /// <returns>Why not, or null when added. A published brief citing a contribution tells its author at once.</returns>
    public async Task<string?> AddAsync(int briefId, BriefLinkKind kind, string? target, CancellationToken cancellationToken = default)
    {
        var (type, id) = Parse(target);
        var link = new BriefLink
        {
            BriefId = briefId, Kind = kind, CreatedAt = clock.GetUtcNow(),
            ContributionId = type == ContributionKey ? id : null,
            EarlierBriefId = type == BriefKey ? id : null,
            InterviewId = type == InterviewKey ? id : null,
            EventId = type == EventKey ? id : null,
        };
        if (BriefLink.RefusalOf(kind, link.ContributionId, link.EarlierBriefId, link.InterviewId, link.EventId, briefId) is { } refusal)
        {
            return refusal;
        }

        if (!(await TargetsAsync(briefId, cancellationToken)).Any(x => x.Key == target))
        {
            return "That item cannot be linked: only accepted contributions and published briefs, interviews and events can.";
        }

        if (await db.BriefLinks.AnyAsync(l => l.BriefId == briefId && l.Kind == kind && l.ContributionId == link.ContributionId
                && l.EarlierBriefId == link.EarlierBriefId && l.InterviewId == link.InterviewId && l.EventId == link.EventId, cancellationToken))
        {
            return "The brief already has this link.";
        }

        db.BriefLinks.Add(link);
        await db.SaveChangesAsync(cancellationToken);
        await mails.TellCitedAuthorsAsync(briefId, cancellationToken);
        return null;
    }

    public async Task<bool> RemoveAsync(int briefId, int linkId, CancellationToken cancellationToken = default) =>
        await db.BriefLinks.Where(l => l.Id == linkId && l.BriefId == briefId).ExecuteDeleteAsync(cancellationToken) > 0;

    private async Task<List<LinkedItem>> BacklinksAsync(IQueryable<BriefLink> links, CancellationToken cancellationToken) =>
        (await links.AsNoTracking()
            .Join(db.Briefs.Where(b => b.Status == BriefStatus.Published), l => l.BriefId, b => b.Id, (l, b) => new { l.Id, l.Kind, b.Title, b.Slug })
            .ToListAsync(cancellationToken))
        .DistinctBy(x => x.Slug)
        .Select(x => new LinkedItem(x.Id, x.Kind, x.Title, "/briefs/" + x.Slug, null))
        .OrderBy(x => x.Title, StringComparer.Ordinal)
        .ToList();

    private static (string? Type, int? Id) Parse(string? target)
    {
        var parts = (target ?? "").Split(':', 2);
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? (parts[0], id) : (null, null);
    }
}
