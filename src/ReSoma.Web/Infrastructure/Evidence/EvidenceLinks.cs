using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Evidence;

/// <summary>One end of a link as a page shows it. <see cref="Context"/> says where it belongs ("to …", "interview"), in
/// English; a page in another language builds it from <see cref="Note"/> and <see cref="Consultation"/> instead.</summary>
public sealed record LinkedItem(int LinkId, BriefLinkKind Kind, string Title, string Path, string? Context)
{
    /// <summary>What <see cref="Context"/> says, for a page to put in its own words.</summary>
    public LinkNote Note { get; init; }

    /// <summary>The consultation a contribution was sent to (content), with <see cref="LinkNote.ToConsultation"/>.</summary>
    public string? Consultation { get; init; }

    /// <summary>The title is not shown to the public (a contribution its consultation does not publish):
    /// <see cref="Title"/> then reads "A written contribution".</summary>
    public bool TitleWithheld { get; init; }

    /// <summary>The language the linked item is written in (briefs and interviews record theirs).</summary>
    public string Language { get; init; } = ContentLanguage.Default;
}

/// <summary>What a linked item's <see cref="LinkedItem.Context"/> says.</summary>
public enum LinkNote
{
    None,
    ToConsultation,
    Interview,
    Event,
    NotPublic,
}

/// <summary>A link with the brief it starts from, for pages that gather the links of several briefs.</summary>
public sealed record BriefLinkedItem(int BriefId, LinkedItem Item);

/// <summary>Something an editor can link a brief to, as the choice list shows it; <see cref="Key"/> is what the form
/// posts, and its part before the colon is the kind of item (<see cref="EvidenceLinks.ContributionKey"/>…).
/// <see cref="Label"/> is content only: the item's title, and a contribution's consultation.</summary>
public sealed record LinkTarget(string Key, string Label)
{
    /// <summary>The language the item is written in (briefs and interviews record theirs).</summary>
    public string Language { get; init; } = ContentLanguage.Default;

    /// <summary>The kind of item, from the key: contribution, brief, interview or event.</summary>
    public string Kind => Key.Split(':', 2)[0];
}

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
    public async Task<IReadOnlyList<LinkedItem>> OfBriefAsync(int briefId, bool publicOnly, CancellationToken cancellationToken = default) =>
        (await OfBriefsAsync([briefId], publicOnly, cancellationToken)).Select(l => l.Item).ToList();

    /// <summary>The links a set of briefs make (a topic's, say), each with the brief it starts from.</summary>
    public async Task<IReadOnlyList<BriefLinkedItem>> OfBriefsAsync(IReadOnlyCollection<int> briefIds, bool publicOnly, CancellationToken cancellationToken = default)
    {
        if (briefIds.Count == 0)
        {
            return [];
        }

        // One query: each link with whichever of its four possible ends it has (left joins).
        var rows = await (
                from l in db.BriefLinks.AsNoTracking().Where(l => briefIds.Contains(l.BriefId))
                join c0 in db.Contributions on l.ContributionId equals (int?)c0.Id into cs
                from c in cs.DefaultIfEmpty()
                join b0 in db.Briefs on l.EarlierBriefId equals (int?)b0.Id into bs
                from b in bs.DefaultIfEmpty()
                join i0 in db.Interviews on l.InterviewId equals (int?)i0.Id into ins
                from i in ins.DefaultIfEmpty()
                join e0 in db.Events on l.EventId equals (int?)e0.Id into es
                from e in es.DefaultIfEmpty()
                select new
                {
                    l.Id, l.BriefId, l.ContributionId, l.EarlierBriefId, l.InterviewId, l.EventId,
                    ContributionTitle = c!.Title, ContributionStatus = (ContributionStatus?)c!.Status, ConsultationSlug = c!.Consultation!.Slug,
                    ConsultationTitle = c!.Consultation!.Title, ShowContributions = (bool?)c!.Consultation!.ShowContributions, ConsultationPublic = (bool?)c!.Consultation!.IsPublished,
                    BriefTitle = b!.Title, BriefSlug = b!.Slug, BriefStatus = (BriefStatus?)b!.Status, BriefLanguage = b!.Language,
                    InterviewTitle = i!.Title, InterviewYear = (int?)i!.Year, InterviewMonth = (int?)i!.Month, InterviewSlug = i!.Slug, InterviewStatus = (InterviewStatus?)i!.Status, InterviewLanguage = i!.Language,
                    EventTitle = e!.Title, EventSlug = e!.Slug, EventPublic = (bool?)e!.IsPublished,
                })
            .ToListAsync(cancellationToken);

        var result = new List<BriefLinkedItem>();
        foreach (var r in rows.OrderBy(r => r.ContributionId is null).ThenBy(r => r.EarlierBriefId is null).ThenBy(r => r.InterviewId is null).ThenBy(r => r.Id))
        {
            LinkedItem? item = null;
            if (r.ContributionId is not null && (!publicOnly || r.ConsultationPublic == true))
            {
                var titleShown = !publicOnly || (r.ShowContributions == true && r.ContributionStatus == ContributionStatus.Accepted);
                item = new LinkedItem(r.Id, BriefLinkKind.Cites, titleShown ? r.ContributionTitle! : "A written contribution", "/consultations/" + r.ConsultationSlug, "to " + r.ConsultationTitle)
                {
                    Note = LinkNote.ToConsultation, Consultation = r.ConsultationTitle, TitleWithheld = !titleShown,
                };
            }
            else if (r.EarlierBriefId is not null && (!publicOnly || r.BriefStatus == BriefStatus.Published))
            {
                item = new LinkedItem(r.Id, BriefLinkKind.FollowsUp, r.BriefTitle!, "/briefs/" + r.BriefSlug, null) { Language = r.BriefLanguage ?? ContentLanguage.Default };
            }
            else if (r.InterviewId is not null && (!publicOnly || r.InterviewStatus == InterviewStatus.Published))
            {
                item = new LinkedItem(r.Id, BriefLinkKind.DiscussedIn, r.InterviewTitle!, Interview.PathOf(r.InterviewYear!.Value, r.InterviewMonth!.Value, r.InterviewSlug!), "interview")
                {
                    Note = LinkNote.Interview, Language = r.InterviewLanguage ?? ContentLanguage.Default,
                };
            }
            else if (r.EventId is not null && (!publicOnly || r.EventPublic == true))
            {
                item = new LinkedItem(r.Id, BriefLinkKind.DiscussedIn, r.EventTitle!, "/events/" + r.EventSlug, "event") { Note = LinkNote.Event };
            }

            if (item is not null)
            {
                result.Add(new BriefLinkedItem(r.BriefId, item));
            }
        }

        return result;
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
            .Select(c => new LinkTarget($"{ContributionKey}:{c.Id}", c.Title + " — " + c.Consultation!.Title)).ToListAsync(cancellationToken);
        var briefs = await db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Published && b.Id != briefId).OrderBy(b => b.Title)
            .Select(b => new LinkTarget($"{BriefKey}:{b.Id}", b.Title) { Language = b.Language }).ToListAsync(cancellationToken);
        var interviews = await db.Interviews.AsNoTracking().Where(i => i.Status == InterviewStatus.Published).OrderByDescending(i => i.Year).ThenByDescending(i => i.Month)
            .Select(i => new LinkTarget($"{InterviewKey}:{i.Id}", i.Title) { Language = i.Language }).ToListAsync(cancellationToken);
        var events = await db.Events.AsNoTracking().Where(e => e.IsPublished).OrderBy(e => e.Title)
            .Select(e => new LinkTarget($"{EventKey}:{e.Id}", e.Title)).ToListAsync(cancellationToken);
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

    /// <summary>The briefs an interview discussed, as its editor sets them from the interview (any state of either).</summary>
    public async Task<IReadOnlyList<LinkedItem>> DiscussedInInterviewAsync(int interviewId, CancellationToken cancellationToken = default) =>
        (await db.BriefLinks.AsNoTracking().Where(l => l.InterviewId == interviewId)
            .Join(db.Briefs, l => l.BriefId, b => b.Id, (l, b) => new { l.Id, b.Title, b.Slug, b.Status, b.Language })
            .ToListAsync(cancellationToken))
        .OrderBy(x => x.Title, StringComparer.Ordinal)
        .Select(x => new LinkedItem(x.Id, BriefLinkKind.DiscussedIn, x.Title, "/briefs/" + x.Slug, x.Status == BriefStatus.Published ? null : "not public")
        {
            Note = x.Status == BriefStatus.Published ? LinkNote.None : LinkNote.NotPublic, Language = x.Language,
        })
        .ToList();

    /// <summary>The published briefs an interview's editor may say it discussed.</summary>
    public async Task<IReadOnlyList<LinkTarget>> BriefTargetsAsync(CancellationToken cancellationToken = default) =>
        await db.Briefs.AsNoTracking().Where(b => b.Status == BriefStatus.Published).OrderBy(b => b.Title)
            .Select(b => new LinkTarget($"{BriefKey}:{b.Id}", b.Title) { Language = b.Language }).ToListAsync(cancellationToken);

    /// <returns>Why not, or null when added: the interview (set from its own editor page) discussed a published brief.</returns>
    public async Task<string?> AddDiscussedInInterviewAsync(int interviewId, string? target, CancellationToken cancellationToken = default)
    {
        var (type, briefId) = Parse(target);
        if (type != BriefKey || briefId is not { } id || !await db.Briefs.AnyAsync(b => b.Id == id && b.Status == BriefStatus.Published, cancellationToken))
        {
            return "Choose a published brief from the list.";
        }

        if (await db.BriefLinks.AnyAsync(l => l.BriefId == id && l.InterviewId == interviewId, cancellationToken))
        {
            return "The interview is already linked to this brief.";
        }

        db.BriefLinks.Add(new BriefLink { BriefId = id, Kind = BriefLinkKind.DiscussedIn, InterviewId = interviewId, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<bool> RemoveFromInterviewAsync(int interviewId, int linkId, CancellationToken cancellationToken = default) =>
        await db.BriefLinks.Where(l => l.Id == linkId && l.InterviewId == interviewId).ExecuteDeleteAsync(cancellationToken) > 0;

    public async Task<bool> RemoveAsync(int briefId, int linkId, CancellationToken cancellationToken = default) =>
        await db.BriefLinks.Where(l => l.Id == linkId && l.BriefId == briefId).ExecuteDeleteAsync(cancellationToken) > 0;

    private async Task<List<LinkedItem>> BacklinksAsync(IQueryable<BriefLink> links, CancellationToken cancellationToken) =>
        (await links.AsNoTracking()
            .Join(db.Briefs.Where(b => b.Status == BriefStatus.Published), l => l.BriefId, b => b.Id, (l, b) => new { l.Id, l.Kind, b.Title, b.Slug, b.Language })
            .ToListAsync(cancellationToken))
        .DistinctBy(x => x.Slug)
        .Select(x => new LinkedItem(x.Id, x.Kind, x.Title, "/briefs/" + x.Slug, null) { Language = x.Language })
        .OrderBy(x => x.Title, StringComparer.Ordinal)
        .ToList();

    private static (string? Type, int? Id) Parse(string? target)
    {
        var parts = (target ?? "").Split(':', 2);
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? (parts[0], id) : (null, null);
    }
}
