using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>Runs a named seeding step at most once per database.</summary>
public static class SeedMarks
{
    public static async Task RunOnceAsync(ReSomaDbContext db, string name, Func<Task> step, TimeProvider clock)
    {
        if (await db.SeedMarks.AnyAsync(m => m.Name == name))
        {
            return;
        }

        await step();
        db.SeedMarks.Add(new SeedMark { Name = name, AppliedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync();
    }
}
