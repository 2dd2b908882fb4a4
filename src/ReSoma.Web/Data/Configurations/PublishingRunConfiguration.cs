using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Infrastructure.Publishing;

namespace ReSoma.Web.Data.Configurations;

public sealed class PublishingRunConfiguration : IEntityTypeConfiguration<PublishingRun>
{
    public void Configure(EntityTypeBuilder<PublishingRun> builder)
    {
        builder.HasKey(r => r.Name);
        builder.Property(r => r.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(r => r.Instance).HasMaxLength(FieldLengths.Name);
        builder.Property(r => r.FailedKinds).HasMaxLength(FieldLengths.ShortText);

        // The one row, present from the migration on: passes only ever update it.
        builder.HasData(new PublishingRun());
    }
}
