using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(o => o.NormalizedName).HasMaxLength(FieldLengths.Name);
        builder.HasIndex(o => o.NormalizedName).IsUnique();
        builder.HasIndex(o => o.Name); // the library's organisation filter lists them by name (docs/decisions/0024)
        builder.Property(o => o.Country).HasMaxLength(FieldLengths.CountryCode);
        builder.Property(o => o.Website).HasMaxLength(FieldLengths.Url);
        builder.Property(o => o.Description).HasMaxLength(FieldLengths.ShortText);
        builder.Property(o => o.PartnerRole).HasMaxLength(FieldLengths.Name);
    }
}
