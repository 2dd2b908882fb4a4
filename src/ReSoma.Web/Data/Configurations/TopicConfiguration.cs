using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.Property(t => t.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(t => t.Slug).HasMaxLength(FieldLengths.Slug);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.HasIndex(t => t.Area); // briefs filtered by area start from their topics (docs/decisions/0024)
        builder.Property(t => t.Summary).HasMaxLength(FieldLengths.Markdown);
        builder.Property(t => t.Area).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Origin).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Ignore(t => t.PublicPath);
        builder.HasOne(t => t.Search).WithOne().HasForeignKey<SearchDocument>(d => d.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Cycle).WithMany(c => c.Topics).HasForeignKey(t => t.CycleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.FirstEntry).WithMany().HasForeignKey(t => t.FirstEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(t => t.ContinuesEarlierCycle);
    }
}
