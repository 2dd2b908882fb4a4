using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class SeedMarkConfiguration : IEntityTypeConfiguration<SeedMark>
{
    public void Configure(EntityTypeBuilder<SeedMark> builder)
    {
        builder.HasKey(m => m.Name);
        builder.Property(m => m.Name).HasMaxLength(FieldLengths.Name);
    }
}
