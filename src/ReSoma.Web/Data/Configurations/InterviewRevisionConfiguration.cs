using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class InterviewRevisionConfiguration : IEntityTypeConfiguration<InterviewRevision>
{
    public void Configure(EntityTypeBuilder<InterviewRevision> builder)
    {
        builder.Property(r => r.EditorId).HasMaxLength(450);
        builder.Property(r => r.EditorName).HasMaxLength(FieldLengths.Name);
        builder.Property(r => r.Action).HasMaxLength(FieldLengths.Title);
        builder.Property(r => r.Snapshot).HasMaxLength(FieldLengths.Markdown + 20_000);
        builder.HasIndex(r => new { r.InterviewId, r.Number }).IsUnique();

        // Revisions outlive the editor's account; the name stays, the link goes.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.EditorId).OnDelete(DeleteBehavior.SetNull);
    }
}
