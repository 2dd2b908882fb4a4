using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Data;

namespace ReSoma.Web.Features.Consultations;

public sealed class ContributionInput
{
    [Required(ErrorMessage = "Give your contribution a title.")]
    [StringLength(FieldLengths.Title, ErrorMessage = "The title can be at most {1} characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Write your contribution.")]
    [StringLength(20_000, MinimumLength = 20, ErrorMessage = "Your contribution must be between {2} and {1} characters.")]
    [Display(Name = "Your contribution (Markdown)")]
    public string Body { get; set; } = "";

    public int Version { get; set; }
}
