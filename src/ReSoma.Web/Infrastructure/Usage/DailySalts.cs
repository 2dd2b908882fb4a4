using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Usage;

/// <summary>
/// The salt of each UTC day, shared by all instances through the database: the first instance to need it creates it
/// and the primary key on the day makes every other one read that same salt. Kept in memory for the day. When a day's
/// salt is first taken, the salts of earlier days are deleted, so their hashes can no longer be recomputed.
/// </summary>
public sealed class DailySalts
{
    private const int SaltBytes = 32;
    private readonly ConcurrentDictionary<DateOnly, byte[]> _cache = new();

    /// <summary>The salt of <paramref name="day"/>; null for a day before <paramref name="today"/> that this instance
    /// no longer holds (its salt is gone: a use that late is not counted).</summary>
    public async Task<byte[]?> ForAsync(ReSomaDbContext db, DateOnly day, DateOnly today, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(day, out var cached))
        {
            return cached;
        }

        if (day < today)
        {
            return null;
        }

        var salt = await GetOrCreateAsync(db, day, cancellationToken);
        await db.UsageSalts.Where(s => s.Day < day).ExecuteDeleteAsync(cancellationToken);
        foreach (var past in _cache.Keys.Where(d => d < day))
        {
            _cache.TryRemove(past, out _);
        }

        _cache[day] = salt;
        return salt;
    }

    /// <summary>Forgets the salts held in memory (tests restore the database under a running portal).</summary>
    public void Forget() => _cache.Clear();

    private static async Task<byte[]> GetOrCreateAsync(ReSomaDbContext db, DateOnly day, CancellationToken cancellationToken)
    {
        if (await FindAsync(db, day, cancellationToken) is { } existing)
        {
            return existing;
        }

        var salt = new UsageSalt { Day = day, Salt = RandomNumberGenerator.GetBytes(SaltBytes) };
        db.UsageSalts.Add(salt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return salt.Salt;
        }
        catch (DbUpdateException)
        {
            // Another instance created the day's salt first: theirs is the day's salt.
            db.ChangeTracker.Clear();
            return await FindAsync(db, day, cancellationToken) ?? throw new InvalidOperationException($"No usage salt for {day} after a conflict");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static Task<byte[]?> FindAsync(ReSomaDbContext db, DateOnly day, CancellationToken cancellationToken) =>
        db.UsageSalts.AsNoTracking().Where(s => s.Day == day).Select(s => s.Salt).FirstOrDefaultAsync(cancellationToken);
}
