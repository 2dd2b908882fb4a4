namespace ReSoma.Web.Infrastructure.Mail;

/// <summary>
/// A file that goes with a queued mail. With a <see cref="ContentId"/> it is a related part of the HTML body, which
/// shows it where it says <c>cid:</c> and the id (a QR code image); without one it is an ordinary attachment (a PDF).
/// </summary>
/// <param name="ContentId">Without angle brackets, e.g. <c>qr@resoma</c>; the HTML refers to it as <c>cid:qr@resoma</c>.</param>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content, string? ContentId = null)
{
    public const int MaxFileNameLength = 200;
    public const int MaxContentTypeLength = 100;
    public const int MaxContentIdLength = 100;
}
