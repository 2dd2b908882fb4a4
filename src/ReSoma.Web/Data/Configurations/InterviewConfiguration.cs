using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(i => i.Slug).HasMaxLength(FieldLengths.Slug);
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.Property(i => i.NewsHeadline).HasMaxLength(FieldLengths.Title);
        builder.Property(i => i.NewsUrl).HasMaxLength(FieldLengths.Url);
        builder.Property(i => i.ExpertName).HasMaxLength(FieldLengths.Name);
        builder.Property(i => i.ExpertRole).HasMaxLength(FieldLengths.Name);
        builder.Property(i => i.ExpertOrganisation).HasMaxLength(FieldLengths.Name);
        builder.Property(i => i.ExpertPhotoStoredName).HasMaxLength(100);
        builder.Property(i => i.ExpertPhotoContentType).HasMaxLength(50);
        builder.Property(i => i.ExpertPhotoAlt).HasMaxLength(FieldLengths.ShortText);
        builder.Property(i => i.Standfirst).HasMaxLength(FieldLengths.ShortText);
        builder.Property(i => i.Language).HasMaxLength(8).IsRequired(); // existing rows got ContentLanguage.Default in the ContentLanguage migration
        builder.Property(i => i.Body).HasMaxLength(FieldLengths.Markdown);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.TimeZoneId).HasMaxLength(64);
        builder.Property(i => i.PreviewToken).HasMaxLength(64);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.InterviewMonth);
        builder.Ignore(i => i.IsPublic);
        builder.Ignore(i => i.PublicPath);

        // At most one scheduled or published interview per month, whoever saves first.
        builder.HasIndex(i => i.ClaimedMonth).IsUnique();
        builder.HasIndex(i => new { i.Status, i.PublishAt });
        builder.HasIndex(i => new { i.Year, i.Month });

        builder.HasMany(i => i.Topics).WithMany().UsingEntity("InterviewTopics");
        builder.HasMany(i => i.Briefs).WithMany().UsingEntity("InterviewBriefs");
        builder.HasMany(i => i.Questions).WithOne().HasForeignKey(q => q.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Search).WithOne().HasForeignKey<SearchDocument>(d => d.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<InterviewRevision>().WithOne().HasForeignKey(r => r.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<QuestionnaireResponse>().WithOne().HasForeignKey(r => r.InterviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
