using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data;

/// <summary>
/// The one model of the portal. Each provider has a subclass with its own migration chain
/// (<see cref="SqliteReSomaDbContext"/>, <see cref="SqlServerReSomaDbContext"/>); the app only ever asks for this type.
/// </summary>
public abstract class ReSomaDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser, IdentityRole, string>(options)
{
    public DbSet<Cycle> Cycles => Set<Cycle>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<SeedMark> SeedMarks => Set<SeedMark>();
    public DbSet<Brief> Briefs => Set<Brief>();
    public DbSet<BriefAuthor> BriefAuthors => Set<BriefAuthor>();
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ReSomaDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        RefreshSearchDocuments();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        RefreshSearchDocuments();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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
    private void RefreshSearchDocuments()
    {
        foreach (var entry in ChangeTracker.Entries<ISearchable>().ToList())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.RefreshSearchDocument();
            }
        }
    }
}
