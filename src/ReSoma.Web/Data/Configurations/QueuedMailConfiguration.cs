using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Infrastructure.Mail;

namespace ReSoma.Web.Data.Configurations;

public sealed class QueuedMailConfiguration : IEntityTypeConfiguration<QueuedMail>
{
    public void Configure(EntityTypeBuilder<QueuedMail> builder)
    {
        builder.Property(m => m.ToAddress).HasMaxLength(FieldLengths.Email);
        builder.Property(m => m.ToName).HasMaxLength(FieldLengths.Name);
        builder.Property(m => m.Subject).HasMaxLength(2 * FieldLengths.Title); // "Tomorrow: " and a title, or an editor's subject line
        builder.Property(m => m.LastError).HasMaxLength(FieldLengths.ShortText);
        builder.Property(m => m.UnsubscribeUrl).HasMaxLength(FieldLengths.Url);

        // The worker's question: what is unsent and due.
        builder.HasIndex(m => new { m.SentAt, m.GivenUpAt, m.NextAttemptAt });
    }
}
