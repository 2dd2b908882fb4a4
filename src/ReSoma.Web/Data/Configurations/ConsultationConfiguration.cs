using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(c => c.Slug).HasMaxLength(FieldLengths.Slug);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Description).HasMaxLength(FieldLengths.Markdown);
        builder.Property(c => c.Format).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.TimeZoneId).HasMaxLength(64);
        builder.Property(c => c.Place).HasMaxLength(FieldLengths.Title);
        builder.Property(c => c.OnlineLink).HasMaxLength(FieldLengths.Url);
        builder.Property(c => c.AllowedRoles).HasMaxLength(100);
        builder.Property(c => c.CancellationReason).HasMaxLength(FieldLengths.ShortText);
        builder.Property(c => c.Version).IsConcurrencyToken();
        // The publishing schedule looks for due items every 30 seconds on every instance: a seek, not a scan.
        builder.HasIndex(c => c.PublishAt);
        builder.Ignore(c => c.AllowedRoleList);
        builder.HasIndex(c => c.StartsAt);
        builder.HasOne(c => c.Topic).WithMany().HasForeignKey(c => c.TopicId).OnDelete(DeleteBehavior.Restrict);
        // The list's topic filter reads the topics of published consultations from this index alone (it also serves
        // the foreign key): SQLite does not seek a bare boolean test, but a covering index spares it the table.
        builder.HasIndex(c => new { c.TopicId, c.IsPublished });
        builder.Ignore(c => c.PublicPath);
        builder.HasOne(c => c.Search).WithOne().HasForeignKey<SearchDocument>(d => d.ConsultationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Seats).WithOne().HasForeignKey<Consultation>(c => c.SeatPoolId).OnDelete(DeleteBehavior.Restrict);
    }
}
