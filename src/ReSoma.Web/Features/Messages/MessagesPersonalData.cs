using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Messages;

/// <summary>
/// The messages a person sent and the people they blocked, in their export. When they leave, the messages they sent go;
/// those they received stay for their senders but lose the recipient; blocks by them and of them go. The database does
/// not cascade the recipient or the blocked person (two paths to the same table), so this step does.
/// </summary>
public sealed class MessagesPersonalData(ReSomaDbContext db) : IPersonalDataSource, IAccountDeletionStep
{
    public string Section => "messages";

    public IReadOnlyCollection<Type> Covers { get; } = [typeof(ProfileMessage), typeof(Block)];

    public async Task<object?> CollectAsync(string userId, CancellationToken cancellationToken) => new
    {
        Sent = await db.ProfileMessages.AsNoTracking().Where(m => m.SenderId == userId).OrderBy(m => m.Id)
            .Select(m => new { m.Subject, m.Body, To = db.Users.Where(u => u.Id == m.RecipientId).Select(u => u.DisplayName).FirstOrDefault(), m.SentAt })
            .ToListAsync(cancellationToken),
        Blocked = await db.Blocks.AsNoTracking().Where(b => b.BlockerId == userId)
            .Join(db.Users, b => b.BlockedId, u => u.Id, (b, u) => new { u.DisplayName, b.CreatedAt })
            .ToListAsync(cancellationToken),
    };

    public async Task BeforeDeleteAsync(string userId, CancellationToken cancellationToken)
    {
        await db.ProfileMessages.Where(m => m.SenderId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.ProfileMessages.Where(m => m.RecipientId == userId).ExecuteUpdateAsync(s => s.SetProperty(m => m.RecipientId, (string?)null), cancellationToken);
        await db.Blocks.Where(b => b.BlockerId == userId || b.BlockedId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
