using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        // No foreign keys to accounts on purpose: the log outlives the accounts it mentions.
        builder.Property(e => e.ActorUserId).HasMaxLength(450);
        builder.Property(e => e.SubjectUserId).HasMaxLength(450);
        builder.Property(e => e.Action).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.SubjectKind).HasMaxLength(40);
        builder.Property(e => e.SubjectTitle).HasMaxLength(FieldLengths.Title);
        builder.Property(e => e.SubjectPath).HasMaxLength(FieldLengths.Url);
        builder.Property(e => e.Details).HasMaxLength(FieldLengths.ShortText);
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.ActorUserId);
        builder.HasIndex(e => e.SubjectUserId);
    }
}
