using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>The planned start of each phase: typed when a cycle is opened (<see cref="OpenCycleInput"/>), changed later
/// while it is current.</summary>
public class PlanInput
{
    [Required(ErrorMessage = "Give the day agenda setting is planned to start.")]
    public DateOnly? AgendaSettingOn { get; set; }

    [Required(ErrorMessage = "Give the day consultations are planned to start.")]
    public DateOnly? ConsultationsOn { get; set; }

    [Required(ErrorMessage = "Give the day synthesis is planned to start.")]
    public DateOnly? SynthesisOn { get; set; }

    [Required(ErrorMessage = "Give the day publication is planned to start.")]
    public DateOnly? PublicationOn { get; set; }

    /// <summary>The plan as typed, or null while a date is missing (model validation reads it, so it must not throw).</summary>
    public PhasePlan? Plan =>
        AgendaSettingOn is { } a && ConsultationsOn is { } c && SynthesisOn is { } s && PublicationOn is { } p ? new PhasePlan(a, c, s, p) : null;
}
