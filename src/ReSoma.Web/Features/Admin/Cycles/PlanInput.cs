using System.ComponentModel.DataAnnotations;
using ReSoma.Web.Domain;

namespace ReSoma.Web.Features.Admin.Cycles;

/// <summary>The planned start of each phase of a current cycle, changed after it was opened.</summary>
public sealed class PlanInput
{
    [Required(ErrorMessage = "Give the day agenda setting is planned to start.")]
    public DateOnly? AgendaSettingOn { get; set; }

    [Required(ErrorMessage = "Give the day consultations are planned to start.")]
    public DateOnly? ConsultationsOn { get; set; }

    [Required(ErrorMessage = "Give the day synthesis is planned to start.")]
    public DateOnly? SynthesisOn { get; set; }

    [Required(ErrorMessage = "Give the day publication is planned to start.")]
    public DateOnly? PublicationOn { get; set; }

    // A method, not a property: model validation reads every property, also of an input with dates missing.
    public PhasePlan ToPlan() => new(AgendaSettingOn!.Value, ConsultationsOn!.Value, SynthesisOn!.Value, PublicationOn!.Value);
}
