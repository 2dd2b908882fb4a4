using ReSoma.Tests.Infrastructure;

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
    public async Task When_the_mail_server_is_down_the_account_is_kept_and_the_page_says_so()
    {
        var down = Factory.WithWebHostBuilder(b => b.UseSetting("Mail:Smtp:Port", "1"));
        var client = new PortalClient(down.CreateClient(new() { AllowAutoRedirect = false }));
        var page = await client.SubmitAsync("/account/register", TestData.RegistrationForm("offline@example.org"));
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Status);
        Assert.Contains("could not be sent just now", page.Text, StringComparison.Ordinal);
        Assert.Equal(1, Factory.WithDb(db => db.Users.Count(u => u.Email == "offline@example.org")));
    }
}
