using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Infrastructure.Search;

/// <summary>
/// Suggestions are asked for at every keystroke, and are the same for every anonymous visitor: the output cache keeps
/// each answer a minute. Any saved change to a search document (a title, a publication, an unpublication) empties
/// it at once, so an unpublished title is never suggested from the cache.
/// </summary>
public sealed class SuggestionCache(IOutputCacheStore store) : SaveChangesInterceptor
{
    public const string Policy = "search-suggestions";

    private const string Tag = "search-suggestions";

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    // The contexts whose current save touches search documents; after the save, their entries no longer say so.
    private readonly ConditionalWeakTable<DbContext, object> _touched = [];

    public static void AddPolicy(OutputCacheOptions options) =>
        options.AddPolicy(Policy, b => b.Expire(Lifetime).SetVaryByQuery("q").Tag(Tag));

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            _touched.Remove(context);
        }
    }

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<SearchDocument>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            _touched.AddOrUpdate(context, Tag);
        }
    }

    private async ValueTask EvictAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is not null && _touched.Remove(context))
        {
            await store.EvictByTagAsync(Tag, cancellationToken);
        }
    }
}
