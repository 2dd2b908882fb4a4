using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Publishing;

/// <summary>
/// Publishes one kind of content when its scheduled time comes (interviews, consultations, events). Every instance of
/// the portal runs every publisher (<see cref="ScheduledPublisher"/>); each item is claimed by a conditional update
/// (still scheduled, time passed), so whichever instance's update lands first publishes it and every other finds
/// nothing to change. The claim and what publishing brings with it (the search entry, an audit entry) are one
/// transaction: an item is never public without its side effects, nor the other way round.
/// </summary>
/// <remarks>A kind says only which items are due, how to claim one, and what to do once it is claimed.</remarks>
public abstract class Publisher(IServiceScopeFactory scopes, TimeProvider clock, ILogger logger)
{
    /// <summary>The kind's name for logs ("interview").</summary>
    public abstract string Kind { get; }

    /// <returns>The items this call published (none when another publisher claimed them first).</returns>
    public async Task<IReadOnlyList<int>> PublishDueAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var now = clock.GetUtcNow();
        var published = new List<int>();
        foreach (var id in await DueAsync(db, now, cancellationToken))
        {
            if (await TryPublishAsync(db, id, now, cancellationToken))
            {
                published.Add(id);
                logger.LogInformation("Published scheduled {Kind} {Id}", Kind, id);
            }
        }

        return published;
    }

    /// <summary>The ids of the items scheduled at or before <paramref name="now"/>, the earliest first.</summary>
    protected abstract Task<List<int>> DueAsync(ReSomaDbContext db, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>One conditional update that publishes the item only if it is still scheduled and due.</summary>
    /// <returns>Whether this call changed the row, and so owns the publication.</returns>
    protected abstract Task<bool> ClaimAsync(ReSomaDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>What publishing brings with it, in the claim's transaction; the base saves the context afterwards.</summary>
    protected abstract Task CompleteAsync(ReSomaDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken);

    private async Task<bool> TryPublishAsync(ReSomaDbContext db, int id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await ClaimAsync(db, id, now, cancellationToken))
            {
                return false;
            }

            await CompleteAsync(db, id, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }
}
