using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class CyclePhaseChangeConfiguration : IEntityTypeConfiguration<CyclePhaseChange>
{
    public void Configure(EntityTypeBuilder<CyclePhaseChange> builder)
    {
        builder.Property(c => c.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.RecordedByName).HasMaxLength(FieldLengths.Name);
        builder.HasOne<Cycle>().WithMany(c => c.PhaseChanges).HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.Cascade);
        // The record stays when the account that made it is deleted; the name written at the time remains.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.RecordedByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.CycleId, c.Phase }).IsUnique();
    }
}
