using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;

namespace ReSoma.Web.Infrastructure.Publishing;

/// <summary>
/// Writes the end of each pass of the publishing schedule into its one row (<see cref="PublishingRun"/>), which the
/// migration created. Several instances write the same row with one update each: the last writer
/// wins, and any of them is as recent as the others. Should the row be missing (someone deleted it), it is put back;
/// an insert that loses the race to another instance is dropped, since that instance has just recorded a pass too.
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
