using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Reason).HasMaxLength(FieldLengths.Title);
        builder.HasIndex(n => new { n.UserId, n.NewsItemId }).IsUnique();
        // The unread count in the header and the mails still to send.
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasIndex(n => new { n.MailedAt, n.UserId });
        builder.HasOne(n => n.NewsItem).WithMany().HasForeignKey(n => n.NewsItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class NotificationSettingsConfiguration : IEntityTypeConfiguration<NotificationSettings>
{
    public void Configure(EntityTypeBuilder<NotificationSettings> builder)
    {
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.TimeZoneId).HasMaxLength(64);
        builder.Property(s => s.WeeklyOn).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.FeedToken).HasMaxLength(64);
        builder.HasIndex(s => s.FeedToken).IsUnique();
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.HasOne<ApplicationUser>().WithOne().HasForeignKey<NotificationSettings>(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DigestClaimConfiguration : IEntityTypeConfiguration<DigestClaim>
{
    public void Configure(EntityTypeBuilder<DigestClaim> builder)
    {
        builder.Property(c => c.Period).HasMaxLength(30);
        builder.HasIndex(c => new { c.UserId, c.Period }).IsUnique();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
