using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class NewsPostConfiguration : IEntityTypeConfiguration<NewsPost>
{
    public void Configure(EntityTypeBuilder<NewsPost> builder)
    {
        builder.Property(n => n.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(n => n.Slug).HasMaxLength(FieldLengths.Slug);
        builder.HasIndex(n => n.Slug).IsUnique();
        builder.Property(n => n.Teaser).HasMaxLength(FieldLengths.ShortText);
        builder.Property(n => n.Language).HasMaxLength(8).IsRequired(); // existing rows got ContentLanguage.Default in the ContentLanguage migration
        builder.Property(n => n.Body).HasMaxLength(FieldLengths.Markdown);
        builder.Property(n => n.ImageStoredName).HasMaxLength(100);
        builder.Property(n => n.ImageContentType).HasMaxLength(50);
        builder.Property(n => n.ImageAlt).HasMaxLength(FieldLengths.ShortText);
        builder.Property(n => n.Version).IsConcurrencyToken();
        builder.Ignore(n => n.PublicPath);
        builder.HasIndex(n => new { n.IsPublished, n.Date });
        // SQLite reads a bare boolean test (EF writes WHERE "IsPublished") without seeking an index that starts with it,
        // so the list walks this one newest first and stops at its page (docs/decisions/0024).
        builder.HasIndex(n => n.Date);
        builder.HasMany(n => n.Topics).WithMany().UsingEntity("NewsPostTopics");
        builder.HasMany(n => n.Events).WithMany().UsingEntity("NewsPostEvents");
        builder.HasOne(n => n.Search).WithOne().HasForeignKey<SearchDocument>(d => d.NewsPostId).OnDelete(DeleteBehavior.Cascade);
    }
}
