using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using ReSoma.Tests.Infrastructure;
using ReSoma.Tests.Site;
using ReSoma.Web.Infrastructure.Caching;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Pdf;
using ReSoma.Web.Infrastructure.Qr;
using UglyToad.PdfPig;

namespace ReSoma.Tests.Mail;

/// <summary>Files queued with a mail reach a real SMTP server: a QR code shown inside the HTML, a PDF attached.</summary>
public sealed class MailAttachmentTests(SmtpPortalFactory factory) : PortalTest<SmtpPortalFactory>(factory)
{
    private const string Code = "RS-2026-4F7K";

    [Fact]
    public async Task An_inline_qr_code_and_a_pdf_certificate_arrive_at_the_mail_server_as_a_related_image_and_an_attachment()
    {
        Factory.Smtp.Clear();
        var png = QrCodes.Png(Code, 6);
        var pdf = new AttendanceCertificate("Zoë Łukasik", "Reception conditions", "event", "12 March 2026", 6.5m, "Łódź", Code, "13 March 2026").ToBytes();
        Assert.True(await QueueAsync("zoe@example.org", "Zoë Łukasik",
            [new MailAttachment("registration.png", "image/png", png, "qr@resoma"), new MailAttachment("certificate.pdf", "application/pdf", pdf)]));
        Assert.Equal(2, Factory.WithDb(db => db.QueuedMailAttachments.Count()));

        Factory.DeliverQueuedMail();
        var message = Assert.Single(await Factory.Smtp.WaitForMessagesAsync(1));

        // The HTML and its image are one multipart/related: the image part answers the HTML's cid: link.
        Assert.Contains("<img src=\"cid:qr@resoma\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"Your code: {Code}", message.TextBody, StringComparison.Ordinal);
        var related = Assert.Single(Parts<MultipartRelated>(message));
        Assert.Equal("text/html", related.Root!.ContentType.MimeType);
        var index = related.IndexOf(new Uri("cid:qr@resoma"));
        Assert.True(index >= 0, "the related part holds the image the HTML refers to");
        var image = Assert.IsType<MimePart>(related[index]);
        Assert.Equal("image/png", image.ContentType.MimeType);
        Assert.Equal(png, Content(image));
        Assert.Equal(Code, QrImages.DecodePng(Content(image)).Text);

        // The PDF is the message's one attachment; the image is not one.
        var attachment = Assert.IsType<MimePart>(Assert.Single(message.Attachments));
        Assert.True(attachment.IsAttachment);
        Assert.Equal("certificate.pdf", attachment.FileName);
        Assert.Equal("application/pdf", attachment.ContentType.MimeType);
        Assert.Equal(pdf, Content(attachment));
        using var certificate = PdfDocument.Open(Content(attachment));
        Assert.Contains("Zoë Łukasik", string.Join(" ", certificate.GetPage(1).GetWords().Select(w => w.Text)), StringComparison.Ordinal);

        // Sent: the message is kept a while to say so, its files are not. (The portal's own worker may be the one that
        // sent it, and removes the files just after marking it sent.)
        Assert.NotNull(Factory.WithDb(db => db.QueuedMails.Single(m => m.ToAddress == "zoe@example.org").SentAt));
        for (var i = 0; i < 100 && Factory.WithDb(db => db.QueuedMailAttachments.Any()); i++) // bounded: 5 s
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, Factory.WithDb(db => db.QueuedMailAttachments.Count()));
    }

    [Fact]
    public async Task A_mail_without_attachments_is_as_before()
    {
        Factory.Smtp.Clear();
        Assert.True(await QueueAsync("plain@example.org", "Plain", attachments: null));

        Factory.DeliverQueuedMail();
        var message = Assert.Single(await Factory.Smtp.WaitForMessagesAsync(1));
        Assert.Empty(message.Attachments);
        Assert.Empty(Parts<MultipartRelated>(message));
        Assert.Equal(0, Factory.WithDb(db => db.QueuedMailAttachments.Count()));
    }

    [Theory]
    [InlineData("", "image/png", null)]
    [InlineData("qr.png", "not a type", null)]
    [InlineData("qr.png", "image/png", "qr code")]
    [InlineData("qr.png", "image/png", "<qr@resoma>")]
    [InlineData("qr.png", "image/png", "")]
    public async Task An_attachment_that_could_not_be_sent_is_refused_when_it_is_queued(string fileName, string contentType, string? contentId)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => QueueAsync("someone@example.org", "Someone", [new MailAttachment(fileName, contentType, [1], contentId)]));
        Assert.Equal(0, Factory.WithDb(db => db.QueuedMails.Count()));
    }

    [Fact]
    public void Queued_attachments_evict_no_cached_page()
    {
        Assert.Empty(CacheEviction.TagsOf(typeof(QueuedMailAttachment)));
    }

    private Task<bool> QueueAsync(string address, string name, IReadOnlyList<MailAttachment>? attachments) => Queue(Factory, address, name, attachments);

    internal static async Task<bool> Queue(PortalFactory factory, string address, string name, IReadOnlyList<MailAttachment>? attachments)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailQueue>().QueueAsync(address, name, "Your registration",
            $"Your code: {Code}", $"<p>Your code: {Code}</p><p><img src=\"cid:qr@resoma\" alt=\"QR code of {Code}\" width=\"180\" height=\"180\"></p>", attachments);
    }

    private static List<T> Parts<T>(MimeMessage message)
        where T : MimeEntity
    {
        var parts = new List<T>();
        using var iterator = new MimeIterator(message);
        while (iterator.MoveNext())
        {
            if (iterator.Current is T part)
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    private static byte[] Content(MimePart part)
    {
        using var bytes = new MemoryStream();
        part.Content!.DecodeTo(bytes);
        return bytes.ToArray();
    }
}

/// <summary>Files of messages still waiting (the mail server does not answer, so none is sent and none loses its files).</summary>
public sealed class WaitingMailAttachmentTests(MailRetryTests.DownMailFactory factory) : PortalTest<MailRetryTests.DownMailFactory>(factory)
{
    [Fact]
    public async Task A_failed_attempt_keeps_the_files_and_forgetting_an_address_removes_them_with_its_messages()
    {
        var file = new MailAttachment("certificate.pdf", "application/pdf", [1, 2, 3]);
        Assert.True(await MailAttachmentTests.Queue(Factory, "leaving@example.org", "Leaving", [file, file with { FileName = "again.pdf" }]));
        Assert.True(await MailAttachmentTests.Queue(Factory, "staying@example.org", "Staying", [file]));
        Factory.DeliverQueuedMail(); // every attempt fails
        Assert.True(Factory.WithDb(db => db.QueuedMails.All(m => m.Attempts >= 1 && m.SentAt == null)));
        Assert.Equal(3, Factory.WithDb(db => db.QueuedMailAttachments.Count()));

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MailQueue>().ForgetAsync("leaving@example.org"));
        }

        var left = Factory.WithDb(db => db.QueuedMailAttachments.AsNoTracking().Join(db.QueuedMails, a => a.QueuedMailId, m => m.Id, (a, m) => m.ToAddress).ToList());
        Assert.Equal(["staying@example.org"], left);
        Assert.Equal(1, Factory.WithDb(db => db.QueuedMailAttachments.Count()));
    }
}
