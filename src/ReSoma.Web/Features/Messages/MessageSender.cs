using System.Net;
using Microsoft.EntityFrameworkCore;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Messages;

public enum SendOutcome
{
    Sent,
    TooMany,
    Refused,
}

/// <summary>
/// Stores a message and queues its mail to the recipient. The mail is English (decision 0045) and carries the sender's
/// address only because they agreed to reveal it; the recipient's address is never shown to the sender.
/// </summary>
public sealed class MessageSender(ReSomaDbContext db, MailQueue mail, SiteAddress site, BlockTokens tokens, TimeProvider clock)
{
    public const int PerHour = 5;
    public const int PerDay = 20;

    /// <summary>The recipient of a profile's messages, when the profile is public, accepts messages and its account is usable.</summary>
    public async Task<Recipient?> RecipientAsync(string slug, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await db.PublicProfiles.AsNoTracking()
            .Where(p => p.Slug == slug && p.IsPublic && p.AcceptsMessages && p.User!.Email != null && (p.User.LockoutEnd == null || p.User.LockoutEnd < now))
            .Select(p => new Recipient(p.UserId, p.Slug, p.User!.DisplayName, p.User.Email!))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<SendOutcome> SendAsync(string senderId, Recipient to, MessageInput input, CancellationToken cancellationToken)
    {
        if (await db.Blocks.AnyAsync(b => b.BlockerId == to.UserId && b.BlockedId == senderId, cancellationToken))
        {
            return SendOutcome.Refused;
        }

        // Counted from the stored messages, so the limit holds across instances.
        var now = clock.GetUtcNow();
        var dayAgo = now.AddDays(-1);
        var hourAgo = now.AddHours(-1);
        var recent = await db.ProfileMessages.Where(m => m.SenderId == senderId && m.SentAt > dayAgo).Select(m => m.SentAt).ToListAsync(cancellationToken);
        if (recent.Count >= PerDay || recent.Count(t => t > hourAgo) >= PerHour)
        {
            return SendOutcome.TooMany;
        }

        var sender = await db.Users.AsNoTracking().Where(u => u.Id == senderId)
            .Select(u => new { u.DisplayName, u.Email, Organisation = u.Organisation == null ? null : u.Organisation.Name })
            .FirstAsync(cancellationToken);
        var subject = OneLine(input.Subject);
        db.ProfileMessages.Add(new ProfileMessage { SenderId = senderId, RecipientId = to.UserId, Subject = subject, Body = input.Body, SentAt = now });
        await db.SaveChangesAsync(cancellationToken);

        var from = sender.Organisation is null ? sender.DisplayName : $"{sender.DisplayName} ({sender.Organisation})";
        var blockLink = site.For("/account/blocked/confirm/" + Uri.EscapeDataString(tokens.For(to.UserId, senderId)));
        var settingsLink = site.For("/network/settings");
        // The queue has no Reply-To column yet (the model is frozen for this issue): the sender's address, which they
        // agreed to reveal, stands in the text, to be moved to the header when the queue gains one.
        var text = $"""
            {from} sent you a message through your ReSOMA profile.
            Reply to them at: {sender.Email}

            Subject: {subject}

            {input.Body}

            ---
            Your address was not shown to them. To get no more messages from {sender.DisplayName}, block them: {blockLink}
            To stop receiving messages through the portal, change your profile settings: {settingsLink}
            """;
        Func<string?, string?> e = WebUtility.HtmlEncode;
        var html = $"""
            <p>{e(from)} sent you a message through your ReSOMA profile.<br />Reply to them at: <a href="mailto:{e(sender.Email ?? "")}">{e(sender.Email ?? "")}</a></p>
            <p><strong>{e(subject)}</strong></p>
            <p style="white-space:pre-wrap">{e(input.Body)}</p>
            <hr />
            <p>Your address was not shown to them. <a href="{e(blockLink)}">Block {e(sender.DisplayName)}</a> to get no more messages from them.
            <a href="{e(settingsLink)}">Stop receiving messages</a> in your profile settings.</p>
            """;
        await mail.QueueAsync(to.Email, to.Name, "ReSOMA message: " + subject, text, html, cancellationToken);
        return SendOutcome.Sent;
    }

    /// <summary>A subject can never break a mail header: line breaks and other control characters become spaces.</summary>
    private static string OneLine(string value) => new string([.. value.Select(c => char.IsControl(c) ? ' ' : c)]).Trim();
}

public sealed record Recipient(string UserId, string Slug, string Name, string Email);
