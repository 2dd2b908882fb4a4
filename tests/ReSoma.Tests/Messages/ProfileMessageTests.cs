using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using ReSoma.Web.Features.Messages;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Tests.Messages;

/// <summary>Writing through a public profile: who may, the consent to reveal one's address, the mail, the rate limit,
/// blocking from the mail's signed link, and the messages in a person's data and on leaving.</summary>
public sealed class ProfileMessageTests(PortalFactory factory) : PortalTest<PortalFactory>(factory)
{
    private sealed record People(string SenderEmail, string SenderId, string RecipientEmail, string RecipientId);

    private async Task<People> PeopleAsync(bool isPublic = true, bool accepts = true)
    {
        var emails = await Factory.AddStakeholdersAsync(2, prefix: "msg");
        var ids = Factory.WithDb(db => emails.Select(e => db.Users.Single(u => u.Email == e).Id).ToList());
        Factory.WithDb(db =>
        {
            db.PublicProfiles.Add(new PublicProfile { UserId = ids[1], Slug = "recipient", IsPublic = isPublic, AcceptsMessages = accepts });
            return db.SaveChanges();
        });
        return new People(emails[0], ids[0], emails[1], ids[1]);
    }

    private async Task<People> SignedInAsync()
    {
        var people = await PeopleAsync();
        await Client.LoginAsync(people.SenderEmail, PortalFactory.Password);
        return people;
    }

    private static Dictionary<string, string> Form(bool reveal = true) => new()
    {
        ["Subject"] = "About your research", ["Body"] = "Could we talk about detention?", ["RevealEmail"] = reveal ? "true" : "false",
    };

    private Task<Page> SendAsync(bool reveal = true) => Client.SubmitAsync("/network/recipient/message", Form(reveal), "/network/recipient/message");

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in()
    {
        await PeopleAsync();
        var page = await Client.GetAsync("/network/recipient/message");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/account/login", page.Location, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task A_private_profile_or_one_that_takes_no_messages_is_not_found(bool isPublic, bool accepts)
    {
        var people = await PeopleAsync(isPublic, accepts);
        await Client.LoginAsync(people.SenderEmail, PortalFactory.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/network/recipient/message")).Status);
    }

    [Fact]
    public async Task Nobody_writes_to_themselves()
    {
        var people = await PeopleAsync();
        await Client.LoginAsync(people.RecipientEmail, PortalFactory.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await Client.GetAsync("/network/recipient/message")).Status);
    }

    [Fact]
    public async Task Without_agreeing_to_reveal_the_address_nothing_is_sent()
    {
        await SignedInAsync();
        var page = await SendAsync(reveal: false);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.Status);
        Assert.Contains("Agree to reveal your email address as the reply-to: without it the message cannot be sent.", page.Errors);
        Assert.Equal(0, Factory.WithDb(db => db.ProfileMessages.Count()));
        Assert.Equal(0, Factory.WithDb(db => db.QueuedMails.Count()));
    }

    [Fact]
    public async Task The_message_is_mailed_to_the_recipient_with_the_sender_to_reply_to_and_a_block_link()
    {
        var people = await SignedInAsync();
        var sent = await SendAsync();
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var confirmation = await Client.GetAsync(sent.Location!);
        Assert.NotNull(confirmation.One("#message-sent"));
        Assert.DoesNotContain(people.RecipientEmail, confirmation.Html, StringComparison.OrdinalIgnoreCase);

        var mail = Assert.Single(Mailbox.To(people.RecipientEmail));
        Assert.Contains("About your research", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(people.SenderEmail, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Could we talk about detention?", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("/account/blocked/confirm/", Mailbox.LinkIn(mail, "/account/blocked/confirm/"), StringComparison.Ordinal);
        Assert.Equal(people.RecipientId, Factory.WithDb(db => db.ProfileMessages.Single().RecipientId));
    }

    [Fact]
    public async Task A_subject_with_line_breaks_cannot_add_headers()
    {
        var people = await SignedInAsync();
        var form = Form();
        form["Subject"] = "Hello\r\nBcc: everyone@example.org";
        await Client.SubmitAsync("/network/recipient/message", form, "/network/recipient/message");
        var mail = Assert.Single(Mailbox.To(people.RecipientEmail));
        Assert.Empty(mail.Bcc);
        Assert.DoesNotContain("\n", mail.Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sixth_message_in_an_hour_is_refused_and_its_text_kept()
    {
        var people = await SignedInAsync();
        Factory.WithDb(db =>
        {
            for (var i = 0; i < MessageSender.PerHour; i++)
            {
                db.ProfileMessages.Add(new ProfileMessage { SenderId = people.SenderId, RecipientId = people.RecipientId, Subject = "s", Body = "b", SentAt = DateTimeOffset.UtcNow.AddMinutes(-i) });
            }

            return db.SaveChanges();
        });
        var page = await SendAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.Equal("Could we talk about detention?", page.One("#Body")!.TextContent);
        Assert.Equal("About your research", page.One("#Subject")!.GetAttribute("value"));
        Assert.Equal(MessageSender.PerHour, Factory.WithDb(db => db.ProfileMessages.Count()));
    }

    [Fact]
    public async Task A_blocked_sender_is_refused_without_being_told_why_and_nothing_is_mailed()
    {
        var people = await SignedInAsync();
        Factory.WithDb(db =>
        {
            db.Blocks.Add(new Block { BlockerId = people.RecipientId, BlockedId = people.SenderId, CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChanges();
        });
        var page = await SendAsync();
        Assert.Contains("This person is not accepting messages from you.", page.Errors);
        Assert.DoesNotContain("block", page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, Factory.WithDb(db => db.QueuedMails.Count()));
        Assert.Equal(0, Factory.WithDb(db => db.ProfileMessages.Count()));
    }

    [Fact]
    public async Task The_mail_link_blocks_the_sender_a_forged_one_does_not_and_the_recipient_unblocks()
    {
        var people = await SignedInAsync();
        await SendAsync();
        var link = new Uri(Mailbox.LinkIn(Assert.Single(Mailbox.To(people.RecipientEmail)), "/account/blocked/confirm/")).PathAndQuery;

        var recipient = NewClient();
        var confirm = await recipient.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirm.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await recipient.GetAsync(link[..^4] + "AAAA")).Status);
        var done = await recipient.SubmitAsync(confirm, new Dictionary<string, string>());
        Assert.NotNull(done.One("#blocked"));
        Assert.Equal((people.RecipientId, people.SenderId), Factory.WithDb(db => db.Blocks.Select(b => new { b.BlockerId, b.BlockedId }).ToList().Select(b => (b.BlockerId, b.BlockedId)).Single()));

        await recipient.LoginAsync(people.RecipientEmail, PortalFactory.Password);
        var list = await recipient.GetAsync("/account/blocked");
        Assert.Single(list.Document.QuerySelectorAll("#blocks li"));
        await recipient.SubmitAsync(list, new Dictionary<string, string>());
        Assert.Equal(0, Factory.WithDb(db => db.Blocks.Count()));
    }

    [Fact]
    public async Task Sent_messages_and_blocks_are_in_the_export_and_go_or_lose_the_person_on_leaving()
    {
        var people = await SignedInAsync();
        await SendAsync();
        Factory.WithDb(db =>
        {
            db.Blocks.Add(new Block { BlockerId = people.SenderId, BlockedId = people.RecipientId, CreatedAt = DateTimeOffset.UtcNow });
            db.ProfileMessages.Add(new ProfileMessage { SenderId = people.RecipientId, RecipientId = people.SenderId, Subject = "Reply", Body = "b", SentAt = DateTimeOffset.UtcNow });
            return db.SaveChanges();
        });

        Assert.Contains("About your research", (await Client.GetAsync("/account/messages")).Text, StringComparison.Ordinal);
        using (var export = JsonDocument.Parse(await Client.Http.GetStringAsync("/account/personal-data/download")))
        {
            var section = export.RootElement.GetProperty("messages");
            Assert.Equal("About your research", section.GetProperty("sent")[0].GetProperty("subject").GetString());
            Assert.Equal(1, section.GetProperty("blocked").GetArrayLength());
        }

        using (var scope = Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var sender = await users.FindByIdAsync(people.SenderId);
            Assert.Null(await scope.ServiceProvider.GetRequiredService<AccountRemoval>().RemoveAsync(sender!, "test"));
        }

        var left = Factory.WithDb(db => db.ProfileMessages.Select(m => new { m.Subject, m.RecipientId }).ToList());
        Assert.Equal("Reply", Assert.Single(left).Subject);
        Assert.Null(left[0].RecipientId);
        Assert.Equal(0, Factory.WithDb(db => db.Blocks.Count()));
    }
}
