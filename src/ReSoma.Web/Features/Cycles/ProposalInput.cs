using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Data;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Cycles;

/// <summary>A stakeholder's topic proposal. The lengths are those of the columns, so the form never accepts what the database refuses.</summary>
public sealed class ProposalInput
{
    public const int RationaleLength = FieldLengths.ShortText * 4;

    // An undefined value ("99") never gets here: MVC's enum binder refuses it ("The value '99' is invalid.").
    [Required(ErrorMessage = "Choose the area of the topic.")]
    public Area? Area { get; set; }

    [Required(ErrorMessage = "Give the topic a title.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The title can be at most {1} characters.")]
    [Display(Name = "Title of the topic")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Say why ReSOMA should work on this topic.")]
    [StringLength(RationaleLength, MinimumLength = 20, ErrorMessage = "Write the rationale in {2} to {1} characters.")]
    [Display(Name = "Why this topic? (Markdown)")]
    public string Rationale { get; set; } = "";
}
