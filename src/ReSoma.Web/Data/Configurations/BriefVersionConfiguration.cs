using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class BriefVersionConfiguration : IEntityTypeConfiguration<BriefVersion>
{
    public void Configure(EntityTypeBuilder<BriefVersion> builder)
    {
        builder.HasIndex(v => new { v.BriefId, v.Number }).IsUnique();
        builder.Property(v => v.ChangeNote).HasMaxLength(FieldLengths.ShortText);
        builder.Property(v => v.EditorName).HasMaxLength(FieldLengths.Name);
        builder.Property(v => v.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(v => v.Summary).HasMaxLength(FieldLengths.ShortText);
        builder.Property(v => v.Body).HasMaxLength(FieldLengths.Markdown);
        builder.Property(v => v.Keywords).HasMaxLength(FieldLengths.ShortText);
        builder.Property(v => v.Authors).HasMaxLength(4000);
        builder.Property(v => v.Licence).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Doi).HasMaxLength(FieldLengths.Doi);
    }
}
