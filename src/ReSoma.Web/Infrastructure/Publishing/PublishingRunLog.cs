using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Publishing;

/// <summary>
/// Writes the end of each pass of the publishing schedule into its one row (<see cref="PublishingRun"/>). Several
/// instances write the same row: an update that finds it, else an insert; an insert that loses the race to another
/// instance is dropped, since that instance has just recorded a pass as recent as ours.
/// </summary>
public sealed class PublishingRunLog(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task RecordAsync(IReadOnlyCollection<string> failedKinds, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReSomaDbContext>();
        var now = clock.GetUtcNow();
        var failed = string.Join(',', failedKinds);
        var instance = Environment.MachineName;
        var updated = await db.PublishingRuns.Where(r => r.Name == PublishingRun.Schedule)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FinishedAt, now).SetProperty(r => r.Instance, instance).SetProperty(r => r.FailedKinds, failed), cancellationToken);
        if (updated > 0)
        {
            return;
        }

        db.PublishingRuns.Add(new PublishingRun { FinishedAt = now, Instance = instance, FailedKinds = failed });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance inserted the row between our update and our insert: its pass is as recent as ours.
        }
    }
}
