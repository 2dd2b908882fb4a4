using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class CycleConfiguration : IEntityTypeConfiguration<Cycle>
{
    public void Configure(EntityTypeBuilder<Cycle> builder)
    {
        builder.HasIndex(c => c.Year).IsUnique();
        builder.Property(c => c.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Version).IsConcurrencyToken();
        // The unique filtered index on IsCurrent is provider SQL: see the provider subclasses.
    }
}
