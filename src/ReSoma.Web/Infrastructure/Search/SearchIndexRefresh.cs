using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Data.Seeding;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>
/// Rewrites every search document once, from its content: documents saved before search text became plain text
/// (<see cref="SearchTextInterceptor"/>) and before documents knew their area are brought up to date. Content saved
/// later refreshes its own document; the SQLite triggers keep FTS5 in step either way.
/// </summary>
public static class SearchIndexRefresh
{
    /// <summary>Bump the name to rewrite every document again after a change to what documents hold.</summary>
    public const string Mark = "search-documents-plain-text-and-areas";

    private const int Batch = 200;

    public static async Task RefreshSearchIndexOnceAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        await SeedMarks.RunOnceAsync(db, Mark, () => RunAsync(db), scope.ServiceProvider.GetRequiredService<TimeProvider>());
    }

    public static async Task RunAsync(ReSomaDbContext db, CancellationToken cancellationToken = default)
    {
        // Each kind with everything its RefreshSearchDocument reads.
        await RefreshAsync(db, db.Topics.Include(t => t.Search), cancellationToken);
        await RefreshAsync(db, db.Briefs.Include(b => b.Search).Include(b => b.Topic).Include(b => b.Authors), cancellationToken);
        await RefreshAsync(db, db.Consultations.Include(c => c.Search).Include(c => c.Topic), cancellationToken);
        await RefreshAsync(db, db.Interviews.Include(i => i.Search).Include(i => i.Topics), cancellationToken);
        await RefreshAsync(db, db.Events.Include(e => e.Search).Include(e => e.Topics).Include(e => e.Sessions), cancellationToken);
        await RefreshAsync(db, db.NewsPosts.Include(n => n.Search).Include(n => n.Topics).Include(n => n.Events), cancellationToken);
    }

    // In batches by id, so a large library is never held in memory at once.
    private static async Task RefreshAsync<T>(ReSomaDbContext db, IQueryable<T> content, CancellationToken cancellationToken)
        where T : class, ISearchable
    {
        var lastId = 0;
        while (true)
        {
            var batch = await content.AsSplitQuery()
                .Where(c => EF.Property<int>(c, "Id") > lastId)
                .OrderBy(c => EF.Property<int>(c, "Id"))
                .Take(Batch)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            batch.ForEach(c => c.RefreshSearchDocument());

            // Stored Markdown equals the Markdown just set, so EF sees no change: mark the text, and the interceptor
            // converts it (and drops the column from the UPDATE again when the stored text is plain already).
            foreach (var document in db.ChangeTracker.Entries<SearchDocument>())
            {
                document.Property(d => d.Summary).IsModified = true;
                document.Property(d => d.Body).IsModified = true;
            }

            await db.SaveChangesAsync(cancellationToken);
            lastId = db.Entry(batch[^1]).Property<int>("Id").CurrentValue;
            db.ChangeTracker.Clear();
        }
    }
}
