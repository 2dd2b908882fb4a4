using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Messages;

/// <summary>The "Send a message" form.</summary>
public sealed class MessageInput
{
    [Required(ErrorMessage = "Write a subject.")]
    [StringLength(ProfileMessage.SubjectLength, ErrorMessage = "The subject is too long.")]
    public string Subject { get; set; } = "";

    [Required(ErrorMessage = "Write your message.")]
    [StringLength(ProfileMessage.BodyLength, ErrorMessage = "The message is too long.")]
    public string Body { get; set; } = "";

    /// <summary>The sender agrees that the recipient sees their address, as the reply-to; without it nothing is sent.</summary>
    public bool RevealEmail { get; set; }
}

/// <param name="Slug">The recipient's public page.</param>
/// <param name="Name">The recipient's display name (never their address).</param>
public sealed record MessagePage(string Slug, string Name, MessageInput Input, bool Sent = false);
