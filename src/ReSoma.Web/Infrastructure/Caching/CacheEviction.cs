using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Publishing;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Infrastructure.Caching;

/// <summary>
/// Evicts the cached pages (and the cached public data, <see cref="PublicDataCache"/>) a saved change makes stale: publishing, editing or withdrawing, a seat taken or freed, a
/// phase moved, a questionnaire answered. Two paths lead here: <c>SaveChanges</c> (the change tracker says which
/// entities changed) and bulk statements (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>, which the seat allocator and the
/// publisher use: the tables named in the statement say it). Eviction waits for the commit when a transaction is
/// open, so a reader cannot put the old page back in the cache between the write and its commit.
/// </summary>
/// <remarks>A type this class does not know evicts everything: a new entity can make the cache evict too much,
/// never too little.</remarks>
public sealed partial class CacheEviction(IOutputCacheStore pages, PublicDataCache data, EvictionCount evictions, EvictionBroadcast otherInstances) : SaveChangesInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    private static readonly string[] None = [];

    // Shown on no public page (accounts, roles, the audit trail, an editor's revisions, seeding marks, queued mail, keys,
    // a registration's answers and the reminders it was sent).
    // Stored files neither: they are served on their own addresses, and a file changes only with the row naming it
    // (a brief, a news item, an interview), whose save evicts what shows it.
    private static readonly HashSet<Type> Private =
    [
        typeof(QueuedMail), typeof(QueuedMailAttachment), typeof(DataProtectionKey), typeof(StoredFile), typeof(AuditEntry), typeof(SeedMark), typeof(InterviewRevision), typeof(IdentityRole), typeof(IdentityUserRole<string>),
        typeof(IdentityUserClaim<string>), typeof(IdentityUserLogin<string>), typeof(IdentityUserToken<string>), typeof(IdentityRoleClaim<string>),
        typeof(RegistrationAnswer), typeof(RegistrationReminder),

        // Usage is counted in batches all day long; the "downloaded N times" a brief page shows may be as old as the
        // cached page (docs/decisions/0037), rather than every batch emptying the cache.
        typeof(UsageHit), typeof(UsageSalt),

        // A person's follows, notifications and mail settings, and the newsletter, are shown only to them or to editors.
        typeof(Follow), typeof(Notification), typeof(NotificationSettings), typeof(DigestClaim), typeof(NewsletterIssue), typeof(NewsletterDelivery),

        // The publishing schedule's last pass, written every tick and shown on the admin dashboard only: unknown, it
        // would empty the whole cache every 30 seconds.
        typeof(PublishingRun),
    ];

    private static readonly Dictionary<Type, string[]> TagsOfType = new()
    {
        [typeof(Brief)] = [CacheTags.Briefs],
        [typeof(BriefAuthor)] = [CacheTags.Briefs],
        [typeof(BriefVersion)] = [CacheTags.Briefs],
        [typeof(NewsItem)] = [CacheTags.FollowFeeds],
        [typeof(NewsTarget)] = [CacheTags.FollowFeeds],
        [typeof(BriefConsultation)] = [CacheTags.Briefs, CacheTags.Consultations],
        [typeof(Organisation)] = [CacheTags.Briefs, CacheTags.Consultations],
        [typeof(SearchDocument)] = [CacheTags.Search],
        [typeof(Consultation)] = [CacheTags.Consultations],
        [typeof(Contribution)] = [CacheTags.Consultations],
        [typeof(SeatPool)] = [CacheTags.Consultations, CacheTags.Events],
        [typeof(SeatRegistration)] = [CacheTags.Consultations, CacheTags.Events],
        [typeof(RegistrationQuestion)] = [CacheTags.Consultations, CacheTags.Events],
        [typeof(Event)] = [CacheTags.Events],
        [typeof(EventSession)] = [CacheTags.Events],
        [typeof(Interview)] = [CacheTags.Interviews],
        [typeof(InterviewQuestion)] = [CacheTags.Interviews],
        [typeof(InterviewOption)] = [CacheTags.Interviews],
        [typeof(QuestionnaireResponse)] = [CacheTags.Interviews],
        [typeof(QuestionnaireAnswer)] = [CacheTags.Interviews],
        [typeof(NewsPost)] = [CacheTags.News],
        [typeof(Cycle)] = [CacheTags.Cycles],
        [typeof(Topic)] = [CacheTags.Cycles],
        [typeof(CyclePhaseChange)] = [CacheTags.Cycles],
        [typeof(PlannedPhase)] = [CacheTags.Cycles],
        [typeof(TopicProposal)] = [CacheTags.Cycles],

        // A contributor's name shows under their published contributions.
        [typeof(ApplicationUser)] = [CacheTags.Consultations],
    };

    // The tags of each context's writes that are not evicted yet: those of a save under way, or of an open transaction.
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = [];

    // Table name → tags, per model (one per provider).
    private readonly ConcurrentDictionary<IModel, Dictionary<string, string[]>> _tables = new();

    /// <summary>The tags a change to an entity of this type evicts.</summary>
    public static IReadOnlyCollection<string> TagsOf(Type type) =>
        Private.Contains(type) ? None : TagsOfType.TryGetValue(type, out var tags) ? tags : [.. CacheTags.All];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteTrackedChanges(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        NoteTrackedChanges(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictUnlessInTransactionAsync(eventData.Context).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictUnlessInTransactionAsync(eventData.Context);
        return result;
    }

    // Within an open transaction the earlier writes may still commit: their tags stay until it ends.
    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Forget(eventData.Context);
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        if (NoteStatement(eventData.Context, command.CommandText))
        {
            EvictUnlessInTransactionAsync(eventData.Context).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (NoteStatement(eventData.Context, command.CommandText))
        {
            await EvictUnlessInTransactionAsync(eventData.Context);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        EvictAsync(eventData.Context).AsTask().GetAwaiter().GetResult();

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        await EvictAsync(eventData.Context);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void NoteTrackedChanges(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                Note(context, TagsOf(entry.Metadata.ClrType));
            }
        }
    }

    // A bulk UPDATE, DELETE or INSERT: every table the statement names counts (a table only read in a sub-query may
    // evict too much, which is safe).
    private bool NoteStatement(DbContext? context, string sql)
    {
        if (context is null || !WriteStatement().IsMatch(sql))
        {
            return false;
        }

        var tables = _tables.GetOrAdd(context.Model, TablesOf);
        foreach (Match name in QuotedName().Matches(sql))
        {
            if (tables.TryGetValue(name.Groups["name"].Value, out var tags))
            {
                Note(context, tags);
            }
        }

        return true;
    }

    private static Dictionary<string, string[]> TablesOf(IModel model) =>
        model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null)
            .GroupBy(t => t.GetTableName()!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.SelectMany(t => TagsOf(t.ClrType)).Distinct().ToArray(), StringComparer.OrdinalIgnoreCase);

    private void Note(DbContext context, IReadOnlyCollection<string> tags)
    {
        if (tags.Count == 0)
        {
            return;
        }

        var pending = _pending.GetValue(context, _ => new HashSet<string>(StringComparer.Ordinal));
        lock (pending)
        {
            pending.UnionWith(tags);
            pending.Add(CacheTags.AnyContent);
        }
    }

    private ValueTask EvictUnlessInTransactionAsync(DbContext? context) =>
        context?.Database.CurrentTransaction is null ? EvictAsync(context) : ValueTask.CompletedTask;

    // Not cancellable: a write that committed must evict, whatever became of the request.
    private async ValueTask EvictAsync(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        string[] tags;
        lock (pending)
        {
            tags = [.. pending];
            pending.Clear();
        }

        if (tags.Length == 0)
        {
            return;
        }

        evictions.Increment();
        data.Evict(tags);
        foreach (var tag in tags)
        {
            await pages.EvictByTagAsync(tag, CancellationToken.None);
        }

        await otherInstances.PublishAsync(tags);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            lock (pending)
            {
                pending.Clear();
            }
        }
    }

    [GeneratedRegex(@"^\s*(UPDATE|DELETE|INSERT)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WriteStatement();

    [GeneratedRegex(@"[""\[](?<name>[A-Za-z_][A-Za-z0-9_]*)[""\]]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedName();
}
