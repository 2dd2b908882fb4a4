using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class NewsItemConfiguration : IEntityTypeConfiguration<NewsItem>
{
    public void Configure(EntityTypeBuilder<NewsItem> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.SourceKey).HasMaxLength(120);
        builder.HasIndex(n => n.SourceKey).IsUnique();
        builder.Property(n => n.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(n => n.Line).HasMaxLength(FieldLengths.ShortText);
        builder.Property(n => n.Path).HasMaxLength(FieldLengths.Url);
        builder.HasIndex(n => n.CreatedAt);
        builder.HasMany(n => n.Targets).WithOne().HasForeignKey(t => t.NewsItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class NewsTargetConfiguration : IEntityTypeConfiguration<NewsTarget>
{
    public void Configure(EntityTypeBuilder<NewsTarget> builder)
    {
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Key).HasMaxLength(60);
        builder.Property(t => t.Label).HasMaxLength(FieldLengths.Title);
        builder.HasIndex(t => new { t.Kind, t.Key, t.NewsItemId });
    }
}
