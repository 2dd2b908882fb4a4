using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ReSoma.Web.Infrastructure.Mail;

namespace ReSoma.Web.Data.Configurations;

public sealed class QueuedMailAttachmentConfiguration : IEntityTypeConfiguration<QueuedMailAttachment>
{
    public void Configure(EntityTypeBuilder<QueuedMailAttachment> builder)
    {
        // Cascade in the database: the queue removes messages with ExecuteDelete (sent ones after a week, an account's
        // on its deletion), which the change tracker never sees.
        builder.HasOne<QueuedMail>().WithMany(m => m.Attachments).HasForeignKey(a => a.QueuedMailId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.FileName).HasMaxLength(MailAttachment.MaxFileNameLength);
        builder.Property(a => a.ContentType).HasMaxLength(MailAttachment.MaxContentTypeLength);
        builder.Property(a => a.ContentId).HasMaxLength(MailAttachment.MaxContentIdLength);
    }
}
