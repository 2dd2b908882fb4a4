using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Mail;
using ReSoma.Web.Infrastructure.Web;

namespace ReSoma.Web.Features.Account;

/// <summary>A link mailed to someone, and whether the mail was queued for sending.</summary>
public sealed record MailedLink(string? Link, bool Sent);

/// <summary>The account emails: confirm an address, reset a password, and two notices to an account's owner.</summary>
public sealed class AccountEmails(UserManager<ApplicationUser> users, MailQueue mail, SiteAddress site)
{
    public async Task<MailedLink> SendConfirmationAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = AbsoluteLink("/account/confirm-email", user.Id, code);
        var sent = await SendAsync(user, "Confirm your ReSOMA account",
            $"Welcome to ReSOMA, {user.DisplayName}.",
            "Please confirm your email address to activate your account:",
            link, "Confirm my email address", "If you did not register, ignore this message and no account will be activated.", cancellationToken);
        return new MailedLink(link, sent);
    }

    public async Task<MailedLink> SendPasswordResetAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = AbsoluteLink("/account/reset-password", user.Id, code);
        var sent = await SendAsync(user, "Reset your ReSOMA password",
            $"Hello {user.DisplayName},",
            "someone asked to reset the password of your ReSOMA account. Choose a new password here:",
            link, "Choose a new password", "If it was not you, ignore this message: your password stays as it is.", cancellationToken);
        return new MailedLink(link, sent);
    }

    /// <summary>Someone registered again with an address that has an account: the page says only "check your inbox",
    /// and the owner learns here what happened, so the form never tells a stranger who is a member.</summary>
    public Task<bool> SendExistingAccountNoticeAsync(ApplicationUser user, CancellationToken cancellationToken = default) =>
        SendAsync(user, "You already have a ReSOMA account",
            $"Hello {user.DisplayName},",
            "someone, perhaps you, tried to create a new ReSOMA account with this email address. You already have one, so nothing was changed. Log in here, or choose a new password from the login page if you have forgotten it:",
            site.For("/account/login"), "Log in to ReSOMA", "If it was not you, ignore this message: your account stays as it is.", cancellationToken);

    /// <summary>The account was paused after failed sign-ins: tell its owner, and how to end the pause at once.</summary>
    public Task<bool> SendLockoutNoticeAsync(ApplicationUser user, CancellationToken cancellationToken = default) =>
        SendAsync(user, "Your ReSOMA account is paused for a while",
            $"Hello {user.DisplayName},",
            $"after several failed attempts to log in, your ReSOMA account is paused for {(int)Infrastructure.Security.IdentitySetup.LockoutDuration.TotalMinutes} minutes. Sessions you already have open keep working. If it was not you, someone may be guessing your password: choosing a new password ends the pause at once.",
            site.For("/account/forgot-password"), "Choose a new password", "If it was you, wait a little and try again.", cancellationToken);

    public static string Decode(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return "";
        }
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    // From the configured address, never the request's Host header: the link carries a token.
    private string AbsoluteLink(string path, string userId, string code) =>
        site.For($"{path}?userId={Uri.EscapeDataString(userId)}&code={code}");

    private Task<bool> SendAsync(ApplicationUser user, string subject, string greeting, string intro, string link, string action, string footer, CancellationToken cancellationToken)
    {
        var text = $"{greeting}\n\n{intro}\n{link}\n\n{footer}\n\nReSOMA – Research Social Platform on Migration and Asylum";
        var encoder = HtmlEncoder.Default;
        var html = $"<p>{encoder.Encode(greeting)}</p><p>{encoder.Encode(intro)}</p><p><a href=\"{encoder.Encode(link)}\">{encoder.Encode(action)}</a></p><p>{encoder.Encode(footer)}</p><p>ReSOMA – Research Social Platform on Migration and Asylum</p>";
        return mail.QueueAsync(user.Email!, user.DisplayName, subject, text, html, cancellationToken);
    }
}
