using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Markdown;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>
/// Stores a search document's summary and body as plain text: content hands over its Markdown, and snippets (FTS5's
/// snippet() or the C# cut on SQL Server) would otherwise show <c>**</c>, <c>#</c>, list dashes and link syntax.
/// Here rather than in the domain, which knows nothing of Markdig; it runs after the DbContext refreshed the documents.
/// </summary>
public sealed class SearchTextInterceptor(MarkdownRenderer markdown) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ToPlainText(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        ToPlainText(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void ToPlainText(DbContext? context)
    {
        foreach (var entry in context?.ChangeTracker.Entries<SearchDocument>().Where(e => e.State is EntityState.Added or EntityState.Modified) ?? [])
        {
            Convert(entry.Property(d => d.Summary));
            Convert(entry.Property(d => d.Body));
        }
    }

    // Only text the content just set is Markdown; text left as loaded is plain already and is not converted twice.
    // When the plain text is what is stored, the column is left out of the UPDATE, so the index is not rewritten.
    private void Convert(PropertyEntry<SearchDocument, string> property)
    {
        if (property.EntityEntry.State == EntityState.Modified && !property.IsModified)
        {
            return;
        }

        property.CurrentValue = markdown.ToPlainText(property.CurrentValue);
        if (property.EntityEntry.State == EntityState.Modified && property.CurrentValue == property.OriginalValue)
        {
            property.IsModified = false;
        }
    }
}
