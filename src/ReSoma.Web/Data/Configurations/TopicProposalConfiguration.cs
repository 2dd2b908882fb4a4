using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class TopicProposalConfiguration : IEntityTypeConfiguration<TopicProposal>
{
    public void Configure(EntityTypeBuilder<TopicProposal> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(p => p.Rationale).HasMaxLength(FieldLengths.ShortText * 4);
        builder.Property(p => p.Area).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.ProposedByName).HasMaxLength(FieldLengths.Name);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.ProposedByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Topic>().WithMany().HasForeignKey(p => p.AdoptedTopicId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(p => new { p.DecidedInYear, p.Area });
        builder.Ignore(p => p.IsOpen);
    }
}
