using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Data.Configurations;

public sealed class NewsletterIssueConfiguration : IEntityTypeConfiguration<NewsletterIssue>
{
    public void Configure(EntityTypeBuilder<NewsletterIssue> builder)
    {
        builder.Property(i => i.Subject).HasMaxLength(FieldLengths.Title);
        builder.Property(i => i.Body).HasMaxLength(FieldLengths.Markdown);
        builder.Property(i => i.EditorName).HasMaxLength(FieldLengths.Name);
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}

public sealed class NewsletterDeliveryConfiguration : IEntityTypeConfiguration<NewsletterDelivery>
{
    public void Configure(EntityTypeBuilder<NewsletterDelivery> builder)
    {
        builder.HasIndex(d => new { d.IssueId, d.UserId }).IsUnique();
        builder.HasOne<NewsletterIssue>().WithMany().HasForeignKey(d => d.IssueId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(d => d.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
