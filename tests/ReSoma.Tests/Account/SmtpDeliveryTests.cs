using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Infrastructure.Mail;

namespace ReSoma.Tests.Account;

/// <summary>With an SMTP host configured, account mail goes out over SMTP (MailKit) and a real server receives it.</summary>
public sealed class SmtpDeliveryTests(SmtpPortalFactory factory) : PortalTest<SmtpPortalFactory>(factory)
{
    [Fact]
    public async Task The_confirmation_email_reaches_the_SMTP_server_and_its_link_works()
    {
        Factory.Smtp.Clear();
        await Client.SubmitAsync("/account/register", TestData.RegistrationForm("smtp.user@example.org"));

        var message = Assert.Single(await Factory.Smtp.WaitForMessagesAsync(1));
        Assert.Equal("Confirm your ReSOMA account", message.Subject);
        Assert.Equal("portal@resoma.test", message.From.Mailboxes.Single().Address);
        Assert.Equal("smtp.user@example.org", message.To.Mailboxes.Single().Address);
        Assert.Contains("Confirm my email address", message.HtmlBody, StringComparison.Ordinal);
        Assert.Empty(Mailbox.Messages);

        var form = await Client.GetAsync(Mailbox.LinkIn(message, "/account/confirm-email"));
        var confirmed = await Client.SubmitAsync(form, new Dictionary<string, string> { ["Password"] = TestData.RegistrationForm("x@example.org")["Password"] }, "/account/confirm-email");
        Assert.Equal("Email address confirmed", confirmed.One("h1")!.TextContent);
    }

    [Fact]
    public async Task When_the_mail_server_is_down_the_mail_waits_in_the_queue_and_goes_out_once_it_is_back()
    {
        Factory.Smtp.Clear();
        await using var down = Factory.WithWebHostBuilder(b => b.UseSetting("Mail:Smtp:Port", "1"));
        var client = new PortalClient(down.CreateClient(new() { AllowAutoRedirect = false }));
        var page = await client.SubmitAsync("/account/register", TestData.RegistrationForm("offline@example.org"));
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Contains("We have sent a message to offline@example.org", page.Text, StringComparison.Ordinal);
        Assert.Equal(1, Factory.WithDb(db => db.Users.Count(u => u.Email == "offline@example.org")));

        // The instance whose mail server is down tried (its own worker may be the one trying, woken by the queue) and
        // keeps the message for later.
        Assert.Equal(0, await down.Services.GetRequiredService<MailDelivery>().DeliverDueAsync());
        var waiting = await WaitForFailedAttemptAsync("offline@example.org");
        Assert.Null(waiting.SentAt);
        Assert.Null(waiting.GivenUpAt);
        Assert.True(waiting.Attempts >= 1);
        Assert.False(string.IsNullOrEmpty(waiting.LastError));
        Assert.True(waiting.NextAttemptAt > DateTimeOffset.UtcNow);
        Assert.Empty(Factory.Smtp.Messages);

        // Its next attempt, with the server reachable again: sent, once.
        await Factory.WithDbAsync(db => db.QueuedMails.Where(m => m.Id == waiting.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
        Assert.Equal(1, await Factory.Services.GetRequiredService<MailDelivery>().DeliverDueAsync());
        var message = Assert.Single(await Factory.Smtp.WaitForMessagesAsync(1));
        Assert.Equal("Confirm your ReSOMA account", message.Subject);
        Assert.NotNull(Factory.WithDb(db => db.QueuedMails.AsNoTracking().Single(m => m.Id == waiting.Id).SentAt));
        Assert.Equal(0, await Factory.Services.GetRequiredService<MailDelivery>().DeliverDueAsync());
    }

    private async Task<QueuedMail> WaitForFailedAttemptAsync(string address)
    {
        for (var i = 0; i < 100; i++) // bounded: 10 s
        {
            var mail = Factory.WithDb(db => db.QueuedMails.AsNoTracking().Single(m => m.ToAddress == address));
            if (mail.LastError is not null)
            {
                return mail;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No failed attempt was recorded for the mail to {address}");
    }
}
