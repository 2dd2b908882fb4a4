using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class PlannedPhaseConfiguration : IEntityTypeConfiguration<PlannedPhase>
{
    public void Configure(EntityTypeBuilder<PlannedPhase> builder)
    {
        builder.Property(p => p.Phase).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Cycle>().WithMany(c => c.PlannedPhases).HasForeignKey(p => p.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.CycleId, p.Phase }).IsUnique();
    }
}
