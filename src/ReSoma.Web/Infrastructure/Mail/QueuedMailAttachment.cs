namespace ReSoma.Web.Infrastructure.Mail;

/// <summary>A <see cref="MailAttachment"/> as the queue stores it, removed with its <see cref="QueuedMail"/>.</summary>
public sealed class QueuedMailAttachment
{
    public long Id { get; set; }
    public long QueuedMailId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string? ContentId { get; set; }
    public byte[] Content { get; set; } = [];
}
