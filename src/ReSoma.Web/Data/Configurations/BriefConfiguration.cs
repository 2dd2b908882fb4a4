using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class BriefConfiguration : IEntityTypeConfiguration<Brief>
{
    public void Configure(EntityTypeBuilder<Brief> builder)
    {
        builder.Property(b => b.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(b => b.Slug).HasMaxLength(FieldLengths.Slug);
        builder.HasIndex(b => b.Slug).IsUnique();
        builder.Property(b => b.Summary).HasMaxLength(FieldLengths.ShortText);
        builder.Property(b => b.Body).HasMaxLength(FieldLengths.Markdown);
        builder.Property(b => b.Keywords).HasMaxLength(FieldLengths.ShortText);
        builder.Property(b => b.Language).HasMaxLength(8).IsRequired();
        builder.Property(b => b.Series).HasConversion<string>().HasMaxLength(30);
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Licence).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Doi).HasMaxLength(FieldLengths.Doi);
        builder.Property(b => b.WithdrawnReason).HasMaxLength(FieldLengths.ShortText);
        builder.Property(b => b.PdfStoredName).HasMaxLength(100);
        builder.Property(b => b.PdfOriginalName).HasMaxLength(FieldLengths.Title);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.KeywordList);
        builder.Ignore(b => b.IsPublic);
        builder.HasIndex(b => new { b.Status, b.PublishedOn });
        // The briefs of a topic (or of a cycle's topics) that are published, counted from the index alone (docs/decisions/0024).
        builder.HasIndex(b => new { b.TopicId, b.Status });
        builder.HasOne(b => b.Topic).WithMany().HasForeignKey(b => b.TopicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Authors).WithOne().HasForeignKey(a => a.BriefId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Versions).WithOne().HasForeignKey(v => v.BriefId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.Search).WithOne().HasForeignKey<SearchDocument>(d => d.BriefId).OnDelete(DeleteBehavior.Cascade);
    }
}
