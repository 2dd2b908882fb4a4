using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Audit;

/// <summary>
/// Records every change of what is public, whichever editor, command or background loop made it: a search document
/// whose <see cref="SearchDocument.IsPublic"/> flips is the one place where all content kinds meet the rule of what
/// the public sees. Runs inside the same SaveChanges, so the entry and the change are saved together.
/// </summary>
public sealed class PublicationAudit(IHttpContextAccessor http, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var flipped = context.ChangeTracker.Entries<SearchDocument>()
            .Where(e => e.State == EntityState.Modified && e.Property(d => d.IsPublic).IsModified
                && e.Property(d => d.IsPublic).OriginalValue != e.Entity.IsPublic)
            .Select(e => e.Entity)
            .ToList();
        foreach (var document in flipped)
        {
            context.Add(AuditTrail.Entry(http, clock, document.IsPublic ? AuditAction.Published : AuditAction.Unpublished,
                document.Kind, document.Title, document.Path, subjectUserId: null, details: ""));
        }
    }
}
