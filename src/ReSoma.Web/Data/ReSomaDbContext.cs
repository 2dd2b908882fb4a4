using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Publishing;
using ReSoma.Web.Infrastructure.Storage;

namespace ReSoma.Web.Data;

/// <summary>
/// The one model of the portal. Each provider has a subclass with its own migration chain
/// (<see cref="SqliteReSomaDbContext"/>, <see cref="SqlServerReSomaDbContext"/>); the app only ever asks for this type.
/// </summary>
public abstract class ReSomaDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>The Data Protection key ring: in the database, so every instance protects and reads cookies and form tokens alike.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<QueuedMail> QueuedMails => Set<QueuedMail>();
    public DbSet<QueuedMailAttachment> QueuedMailAttachments => Set<QueuedMailAttachment>();

    /// <summary>Uploaded files, when <c>Storage:Files</c> is <c>Database</c> (<see cref="DatabaseFileStore"/>).</summary>
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<Cycle> Cycles => Set<Cycle>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<SeedMark> SeedMarks => Set<SeedMark>();
    public DbSet<Brief> Briefs => Set<Brief>();
    public DbSet<BriefAuthor> BriefAuthors => Set<BriefAuthor>();
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();
    public DbSet<CyclePhaseChange> CyclePhaseChanges => Set<CyclePhaseChange>();
    public DbSet<PlannedPhase> PlannedPhases => Set<PlannedPhase>();
    public DbSet<TopicProposal> TopicProposals => Set<TopicProposal>();
    public DbSet<SeatPool> SeatPools => Set<SeatPool>();
    public DbSet<SeatRegistration> SeatRegistrations => Set<SeatRegistration>();
    public DbSet<RegistrationQuestion> RegistrationQuestions => Set<RegistrationQuestion>();
    public DbSet<RegistrationAnswer> RegistrationAnswers => Set<RegistrationAnswer>();
    public DbSet<RegistrationReminder> RegistrationReminders => Set<RegistrationReminder>();
    public DbSet<Consultation> Consultations => Set<Consultation>();
    public DbSet<Contribution> Contributions => Set<Contribution>();
    public DbSet<BriefConsultation> BriefConsultations => Set<BriefConsultation>();
    public DbSet<BriefLink> BriefLinks => Set<BriefLink>();
    public DbSet<BriefVersion> BriefVersions => Set<BriefVersion>();
    public DbSet<UsageHit> UsageHits => Set<UsageHit>();
    public DbSet<UsageSalt> UsageSalts => Set<UsageSalt>();
    public DbSet<Follow> Follows => Set<Follow>();
    public DbSet<NewsItem> NewsItems => Set<NewsItem>();
    public DbSet<NewsTarget> NewsTargets => Set<NewsTarget>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationSettings> NotificationSettings => Set<NotificationSettings>();
    public DbSet<DigestClaim> DigestClaims => Set<DigestClaim>();
    public DbSet<NewsletterIssue> NewsletterIssues => Set<NewsletterIssue>();
    public DbSet<NewsletterDelivery> NewsletterDeliveries => Set<NewsletterDelivery>();
    public DbSet<Interview> Interviews => Set<Interview>();
    public DbSet<InterviewQuestion> InterviewQuestions => Set<InterviewQuestion>();
    public DbSet<InterviewOption> InterviewOptions => Set<InterviewOption>();
    public DbSet<InterviewRevision> InterviewRevisions => Set<InterviewRevision>();
    public DbSet<QuestionnaireResponse> QuestionnaireResponses => Set<QuestionnaireResponse>();
    public DbSet<QuestionnaireAnswer> QuestionnaireAnswers => Set<QuestionnaireAnswer>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventSession> EventSessions => Set<EventSession>();
    public DbSet<NewsPost> NewsPosts => Set<NewsPost>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PublishingRun> PublishingRuns => Set<PublishingRun>();
    public DbSet<PublicProfile> PublicProfiles => Set<PublicProfile>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<CommentReport> CommentReports => Set<CommentReport>();
    public DbSet<ClosedDiscussion> ClosedDiscussions => Set<ClosedDiscussion>();
    public DbSet<ProfileMessage> ProfileMessages => Set<ProfileMessage>();
    public DbSet<Block> Blocks => Set<Block>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ReSomaDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        foreach (var entry in SearchableChanges())
        {
            foreach (var navigation in UnloadedSearchInputs(entry))
            {
                navigation.Load();
            }

            entry.Entity.RefreshSearchDocument();
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        foreach (var entry in SearchableChanges())
        {
            foreach (var navigation in UnloadedSearchInputs(entry))
            {
                await navigation.LoadAsync(cancellationToken);
            }

            entry.Entity.RefreshSearchDocument();
        }

        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    // The original value stays what the editor loaded, so EF's WHERE Version = @original catches a stale save.
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.OriginalValues.GetValue<int>(nameof(IVersioned.Version)) + 1;
            }
        }
    }

    // Saved content and its search text change together, in one transaction: the index can never lag behind.
    private List<EntityEntry<ISearchable>> SearchableChanges() =>
        ChangeTracker.Entries<ISearchable>().Where(e => e.State is EntityState.Added or EntityState.Modified).ToList();

    // A command may change content without loading its search document or its authors; the refresh needs both,
    // or it would add a second search document, or index an empty author list. Many-to-many links (an interview's
    // topics) are left out: EF cannot lazy-load a one-way many-to-many, so editors load those with the content.
    private static IEnumerable<NavigationEntry> UnloadedSearchInputs(EntityEntry<ISearchable> entry) =>
        entry.Navigations.Where(n => n.Metadata is not ISkipNavigation && (IsMissingTopic(n) || (entry.State != EntityState.Added
            && !n.IsLoaded && (n.Metadata.IsCollection || n.Metadata.TargetEntityType.ClrType == typeof(SearchDocument))))).ToList();

    // The search document takes its area from the topic, and editors set only the topic's id, on new content too.
    private static bool IsMissingTopic(NavigationEntry navigation) =>
        !navigation.Metadata.IsCollection && navigation.Metadata.TargetEntityType.ClrType == typeof(Topic) && navigation.CurrentValue is null;
}
