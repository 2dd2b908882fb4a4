using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Usage;

/// <summary>
/// Takes what the queue holds, in batches, and stores it: robots left out, slugs resolved to ids with one query per
/// kind, visitors hashed under the day's salt, the batch's duplicates merged, and rows already stored skipped by the
/// unique key. <see cref="FlushAsync"/> is what the background loop calls, and what tests call to write deterministically.
/// </summary>
public sealed class UsageWriter(UsageQueue queue, DailySalts salts, RobotList robots, IServiceScopeFactory scopes, TimeProvider clock)
{
    public const int BatchSize = 1_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _written;

    /// <summary>Rows this writer added since start.</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Writes everything queued now; returns the number of rows added.</summary>
    public async Task<int> FlushAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var added = 0;
            var batch = new List<UsageEvent>(BatchSize);
            while (true)
            {
                batch.Clear();
                while (batch.Count < BatchSize && queue.Reader.TryRead(out var use))
                {
                    batch.Add(use);
                }

                if (batch.Count == 0)
                {
                    return added;
                }

                added += await WriteAsync(batch, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stores one batch; returns the number of rows added (uses already stored add none).</summary>
    public async Task<int> WriteAsync(IReadOnlyList<UsageEvent> batch, CancellationToken cancellationToken = default)
    {
        var people = batch.Where(u => !robots.IsRobot(u.UserAgent)).ToList();
        if (people.Count == 0)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var ids = await ResolveAsync(db, people, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rows = new HashSet<HitRow>();
        foreach (var use in people)
        {
            var at = use.At.UtcDateTime;
            if (!ids.TryGetValue((use.Kind, use.Slug), out var id)
                || await salts.ForAsync(db, DateOnly.FromDateTime(at), today, cancellationToken) is not { } salt)
            {
                continue;
            }

            var hour = new DateTime(at.Year, at.Month, at.Day, at.Hour, 0, 0, DateTimeKind.Utc);
            rows.Add(new HitRow(use.Kind, id, use.Metric.ToString(), hour, VisitorHash.Of(salt, use.Address, use.UserAgent)));
        }

        var added = await UsageHitInserts.InsertAsync(db, rows, cancellationToken);
        Interlocked.Add(ref _written, added);
        return added;
    }

    private static async Task<Dictionary<(string Kind, string Slug), int>> ResolveAsync(ReSomaDbContext db, List<UsageEvent> uses, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<(string, string), int>();
        var briefSlugs = SlugsOf(uses, UsageKinds.Brief);
        if (briefSlugs.Count > 0)
        {
            foreach (var brief in await db.Briefs.AsNoTracking().Where(b => briefSlugs.Contains(b.Slug) && b.Status != BriefStatus.Draft)
                .Select(b => new { b.Id, b.Slug }).ToListAsync(cancellationToken))
            {
                ids[(UsageKinds.Brief, brief.Slug)] = brief.Id;
            }
        }

        var interviewSlugs = SlugsOf(uses, UsageKinds.Interview);
        if (interviewSlugs.Count > 0)
        {
            foreach (var interview in await db.Interviews.AsNoTracking().Where(i => interviewSlugs.Contains(i.Slug))
                .Select(i => new { i.Id, i.Slug }).ToListAsync(cancellationToken))
            {
                ids[(UsageKinds.Interview, interview.Slug)] = interview.Id;
            }
        }

        return ids;
    }

    private static List<string> SlugsOf(List<UsageEvent> uses, string kind) =>
        uses.Where(u => u.Kind == kind).Select(u => u.Slug).Distinct().ToList();
}
