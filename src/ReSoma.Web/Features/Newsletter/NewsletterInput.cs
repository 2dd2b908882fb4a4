using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Newsletter;

/// <summary>The newsletter form: a subject and a Markdown body.</summary>
public sealed class NewsletterInput
{
    [Required(ErrorMessage = "Give the issue a subject.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The subject can be at most {1} characters.")]
    [Display(Name = "Subject")]
    public string Subject { get; set; } = "";

    [Required(ErrorMessage = "Write the newsletter's text.")]
    [StringLength(FieldLengths.Markdown, ErrorMessage = "The text can be at most {1} characters.")]
    [Display(Name = "Text (Markdown)")]
    public string Body { get; set; } = "";

    /// <summary>The version the editor started from; a save based on an older one is a conflict.</summary>
    public int Version { get; set; }
}

/// <summary>The send form: sending goes to everyone who opted in, so it asks for a tick first.</summary>
public sealed class NewsletterSendInput
{
    [Range(typeof(bool), "true", "true", ErrorMessage = "Tick the box to confirm that this issue goes to every subscriber now.")]
    [Display(Name = "Yes, send this issue to every subscriber now")]
    public bool Confirm { get; set; }
}
