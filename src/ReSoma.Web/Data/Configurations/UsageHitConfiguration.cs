using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class UsageHitConfiguration : IEntityTypeConfiguration<UsageHit>
{
    public void Configure(EntityTypeBuilder<UsageHit> builder)
    {
        builder.Property(h => h.ItemKind).HasMaxLength(20);
        builder.Property(h => h.Metric).HasConversion<string>().HasMaxLength(10);
        builder.Property(h => h.Visitor).HasMaxLength(64);

        // One use per visitor, item, metric and hour, however many instances and batches see it (docs/decisions).
        builder.HasIndex(h => new { h.ItemKind, h.ItemId, h.Metric, h.Hour, h.Visitor }).IsUnique();
        builder.HasIndex(h => h.Hour);
    }
}
