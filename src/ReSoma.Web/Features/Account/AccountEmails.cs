using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using ReSoma.Web.Domain;
using ReSoma.Web.Infrastructure.Mail;

namespace ReSoma.Web.Features.Account;

/// <summary>A link mailed to someone, and whether the mail server took it.</summary>
public sealed record MailedLink(string Link, bool Sent);

/// <summary>The account emails: confirm an address, reset a password. Each returns the link it sent.</summary>
public sealed class AccountEmails(UserManager<ApplicationUser> users, MailSender mail, IHttpContextAccessor http)
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

    // The link points back at the address the person used, so it works behind any host name.
    private string AbsoluteLink(string path, string userId, string code)
    {
        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Account links are made while handling a request.");
        return $"{request.Scheme}://{request.Host}{request.PathBase}{path}?userId={Uri.EscapeDataString(userId)}&code={code}";
    }

    private Task<bool> SendAsync(ApplicationUser user, string subject, string greeting, string intro, string link, string action, string footer, CancellationToken cancellationToken)
    {
        var text = $"{greeting}\n\n{intro}\n{link}\n\n{footer}\n\nReSOMA – Research Social Platform on Migration and Asylum";
        var encoder = HtmlEncoder.Default;
        var html = $"<p>{encoder.Encode(greeting)}</p><p>{encoder.Encode(intro)}</p><p><a href=\"{encoder.Encode(link)}\">{encoder.Encode(action)}</a></p><p>{encoder.Encode(footer)}</p><p>ReSOMA – Research Social Platform on Migration and Asylum</p>";
        return mail.TrySendAsync(user.Email!, user.DisplayName, subject, text, html, cancellationToken);
    }
}
