using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>The phase a cycle moves to, and the day it starts.</summary>
public sealed class PhaseMoveInput
{
    [Required(ErrorMessage = "Choose the phase the cycle moves to.")]
    public CyclePhase? Phase { get; set; }

    [Required(ErrorMessage = "Give the date the phase starts.")]
    [DataType(DataType.Date)]
    [Display(Name = "Starts on")]
    public DateOnly? StartsOn { get; set; }
}
