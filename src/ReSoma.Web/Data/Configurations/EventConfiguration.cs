using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(FieldLengths.Title);
        builder.Property(e => e.Slug).HasMaxLength(FieldLengths.Slug);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Summary).HasMaxLength(FieldLengths.ShortText);
        builder.Property(e => e.Description).HasMaxLength(FieldLengths.Markdown);
        builder.Property(e => e.TimeZoneId).HasMaxLength(64);
        builder.Property(e => e.Venue).HasMaxLength(FieldLengths.Title);
        builder.Property(e => e.City).HasMaxLength(FieldLengths.Name);
        builder.Property(e => e.OnlineLink).HasMaxLength(FieldLengths.Url);
        builder.Property(e => e.Version).IsConcurrencyToken();
        // The publishing schedule looks for due items every 30 seconds on every instance: a seek, not a scan.
        builder.HasIndex(e => e.PublishAt);
        builder.Ignore(e => e.TakesRegistrations);
        builder.Ignore(e => e.PublicPath);
        builder.HasIndex(e => new { e.IsPublished, e.StartsAt });
        // SQLite reads a bare boolean test (EF writes WHERE "IsPublished") without seeking an index that starts with it,
        // so upcoming and past events are sought by their end instead (docs/decisions/0024).
        builder.HasIndex(e => e.EndsAt);
        builder.HasOne(e => e.Seats).WithOne().HasForeignKey<Event>(e => e.SeatPoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Sessions).WithOne().HasForeignKey(s => s.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Topics).WithMany().UsingEntity("EventTopics");
        builder.HasOne(e => e.Search).WithOne().HasForeignKey<SearchDocument>(d => d.EventId).OnDelete(DeleteBehavior.Cascade);
    }
}
