using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Seeding;

/// <summary>
/// Gives every registration made before registration codes existed its code, so everyone holding a seat can be checked
/// in. New registrations get theirs from the seat allocator. Codes are drawn in code, not in SQL: neither database can
/// draw from the codes' alphabet with a secure generator.
/// </summary>
public static class RegistrationCodeBackfill
{
    public static async Task RunAsync(ReSomaDbContext db, CancellationToken cancellationToken = default)
    {
        var missing = await db.SeatRegistrations.Where(r => r.Code == null).ToListAsync(cancellationToken);
        if (missing.Count == 0)
        {
            return;
        }

        missing.ForEach(r => r.Code = AttendanceCodes.New());
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
