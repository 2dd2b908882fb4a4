using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

/// <summary>The table both providers' full-text indexes are built on (FTS5 on SQLite, Full-Text Search on SQL Server).</summary>
public sealed class SearchDocumentConfiguration : IEntityTypeConfiguration<SearchDocument>
{
    public void Configure(EntityTypeBuilder<SearchDocument> builder)
    {
        builder.Property(d => d.Kind).HasMaxLength(20);
        builder.Property(d => d.Path).HasMaxLength(FieldLengths.Url);
        builder.Property(d => d.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(d => d.Summary).HasMaxLength(FieldLengths.ShortText);
        builder.Property(d => d.Body).HasMaxLength(FieldLengths.Markdown);
        builder.Property(d => d.Authors).HasMaxLength(FieldLengths.ShortText);
        builder.Property(d => d.Keywords).HasMaxLength(FieldLengths.ShortText);
        builder.Property(d => d.Area).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(d => d.BriefId).IsUnique();
        builder.HasIndex(d => d.InterviewId).IsUnique();
        builder.HasIndex(d => d.TopicId).IsUnique();
        builder.HasIndex(d => d.ConsultationId).IsUnique();
        builder.HasIndex(d => d.EventId).IsUnique();
        builder.HasIndex(d => d.NewsPostId).IsUnique();
        builder.HasIndex(d => new { d.Kind, d.IsPublic });
        builder.HasIndex(d => new { d.IsPublic, d.PublishedAt }); // the site search's range of years
    }
}
