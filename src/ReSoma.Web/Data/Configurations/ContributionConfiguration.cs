using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class ContributionConfiguration : IEntityTypeConfiguration<Contribution>
{
    public void Configure(EntityTypeBuilder<Contribution> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(c => c.Body).HasMaxLength(FieldLengths.Markdown);
        builder.Property(c => c.AttachmentStoredName).HasMaxLength(100);
        builder.Property(c => c.AttachmentOriginalName).HasMaxLength(FieldLengths.Title);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ModerationNote).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.ModeratedByName).HasMaxLength(FieldLengths.Name);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne(c => c.Consultation).WithMany().HasForeignKey(c => c.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        // A person's contributions are their personal data: deleting the account deletes them.
        builder.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.ModeratedByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(c => new { c.ConsultationId, c.AuthorUserId }).IsUnique();
    }
}
