using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Data.Seeding.Demo;

namespace ReSoma.Web.Features.Admin.DemoContent;

public sealed record DemoContentCounts(int Cycles, int Topics, int Organisations, int Briefs, int Consultations, int Participants, int Interviews, int News, int Events, int Proposals)
{
    public int Total => Cycles + Topics + Organisations + Briefs + Consultations + Participants + Interviews + News + Events + Proposals;
}

/// <summary>
/// Removes what the first-run seeder wrote, children before parents. Demo accounts stay (they may be the admin
/// doing this); rows people added themselves are never touched, and a demo topic or cycle that holds real content is kept.
/// </summary>
public sealed class DemoContentRemover(ReSomaDbContext db)
{
    public async Task<DemoContentCounts> CountAsync(CancellationToken cancellationToken = default) => new(
        await db.Cycles.CountAsync(c => c.IsDemo, cancellationToken),
        await db.Topics.CountAsync(t => t.IsDemo, cancellationToken),
        await db.Organisations.CountAsync(o => o.IsDemo, cancellationToken),
        await db.Briefs.CountAsync(b => b.IsDemo, cancellationToken),
        await db.Consultations.CountAsync(c => c.IsDemo, cancellationToken),
        await DemoParticipants().CountAsync(cancellationToken),
        await db.Interviews.CountAsync(i => i.IsDemo, cancellationToken),
        await db.NewsPosts.CountAsync(n => n.IsDemo, cancellationToken),
        await db.Events.CountAsync(e => e.IsDemo, cancellationToken),
        await SeededProposals().CountAsync(cancellationToken));

    public async Task<DemoContentCounts> RemoveAsync(CancellationToken cancellationToken = default)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var consultations = await db.Consultations.Where(c => c.IsDemo).ExecuteDeleteAsync(cancellationToken);
            // Sessions, topic links and search entries go with their event; the seats (and registrations) after it.
            var events = await db.Events.Where(e => e.IsDemo).ExecuteDeleteAsync(cancellationToken);
            await db.SeatPools.Where(p => !db.Consultations.Any(c => c.SeatPoolId == p.Id) && !db.Events.Any(e => e.SeatPoolId == p.Id)).ExecuteDeleteAsync(cancellationToken);
            var participants = await DemoParticipants().ExecuteDeleteAsync(cancellationToken);
            // Answers point at questions without cascading (one cascade path only), so responses go first.
            await db.QuestionnaireResponses.Where(r => db.Interviews.Any(i => i.IsDemo && i.Id == r.InterviewId)).ExecuteDeleteAsync(cancellationToken);
            var interviews = await db.Interviews.Where(i => i.IsDemo).ExecuteDeleteAsync(cancellationToken);
            // Their search entries and topic and event links go with them (cascades). Demo news has no image files.
            var news = await db.NewsPosts.Where(n => n.IsDemo).ExecuteDeleteAsync(cancellationToken);
            // A link from any brief to a demo brief it follows up does not cascade (one cascade path into the links): it goes first.
            await db.BriefLinks.Where(l => db.Briefs.Any(b => b.IsDemo && b.Id == l.EarlierBriefId)).ExecuteDeleteAsync(cancellationToken);
            var briefs = await db.Briefs.Where(b => b.IsDemo).ExecuteDeleteAsync(cancellationToken);
            // Proposals adopted as a demo topic would only lose the link; demo ones go altogether.
            var proposals = await SeededProposals().ExecuteDeleteAsync(cancellationToken);
            // A carried topic's later entries point at its first entry, so they go first; a first entry whose later
            // entry is kept (it holds real content) stays with it.
            var topics = await DeletableTopics().Where(t => t.FirstEntryId != null).ExecuteDeleteAsync(cancellationToken);
            topics += await DeletableTopics().Where(t => t.FirstEntryId == null && !db.Topics.Any(later => later.FirstEntryId == t.Id))
                .ExecuteDeleteAsync(cancellationToken);
            var cycles = await db.Cycles.Where(c => c.IsDemo && !c.Topics.Any()).ExecuteDeleteAsync(cancellationToken);
            var organisations = await db.Organisations.Where(o => o.IsDemo).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new DemoContentCounts(cycles, topics, organisations, briefs, consultations, participants, interviews, news, events, proposals);
        });
    }

    // Demo topics nothing real hangs on.
    private IQueryable<Domain.Topic> DeletableTopics() => db.Topics.Where(t => t.IsDemo && !db.Briefs.Any(b => b.TopicId == t.Id)
        && !db.Consultations.Any(c => c.TopicId == t.Id) && !db.Events.Any(e => e.Topics.Any(et => et.Id == t.Id)));

    // Proposals carry no demo mark: a demo one has a demo title and a demo author's name, and no account behind it.
    private IQueryable<Domain.TopicProposal> SeededProposals()
    {
        var keys = DemoProposals.All.Select(p => p.Title + "\n" + p.ProposedBy).ToList();
        return db.TopicProposals.Where(p => p.ProposedByUserId == null && keys.Contains(p.Title + "\n" + p.ProposedByName));
    }

    // The demo participants who fill demo seats; the demo logins (with a password) stay.
    private IQueryable<Domain.ApplicationUser> DemoParticipants() => db.Users.Where(u => u.IsDemo && u.PasswordHash == null);
}
