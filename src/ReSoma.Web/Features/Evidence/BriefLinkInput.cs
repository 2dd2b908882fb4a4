using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Evidence;

public sealed class BriefLinkInput
{
    [Required(ErrorMessage = "Choose what kind of link this is.")]
    [EnumDataType(typeof(BriefLinkKind), ErrorMessage = "Choose one of the three kinds of link.")]
    [Display(Name = "The brief")]
    public BriefLinkKind? Kind { get; set; }

    [Required(ErrorMessage = "Choose what the brief links to.")]
    [StringLength(40, ErrorMessage = "Choose what the brief links to from the list.")]
    [Display(Name = "Links to")]
    public string? Target { get; set; }
}
