using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>Runs a named seeding step at most once per database.</summary>
public static class SeedMarks
{
    /// <param name="replaces">Earlier versions of the step. A database that ran one of them keeps what it seeded then:
    /// the new version tells a different story, and mixing both would contradict it (see decision 0023).</param>
    public static async Task RunOnceAsync(ReSomaDbContext db, string name, Func<Task> step, TimeProvider clock, params string[] replaces)
    {
        if (await db.SeedMarks.AnyAsync(m => m.Name == name || replaces.Contains(m.Name)))
        {
            return;
        }

        await step();
        db.SeedMarks.Add(new SeedMark { Name = name, AppliedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync();
    }
}
