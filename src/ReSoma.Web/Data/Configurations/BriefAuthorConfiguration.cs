using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class BriefAuthorConfiguration : IEntityTypeConfiguration<BriefAuthor>
{
    public void Configure(EntityTypeBuilder<BriefAuthor> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(FieldLengths.Name);
        builder.Property(a => a.Orcid).HasMaxLength(FieldLengths.Orcid);
        builder.HasIndex(a => new { a.BriefId, a.Position });
        builder.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.SetNull);
    }
}
