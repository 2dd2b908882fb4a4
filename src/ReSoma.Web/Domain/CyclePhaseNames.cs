namespace ReSoma.Web.Domain;

public static class CyclePhaseNames
{
    public static string DisplayName(this CyclePhase phase) => phase switch
    {
        CyclePhase.AgendaSetting => "Agenda setting",
        CyclePhase.Consultations => "Consultations",
        CyclePhase.Synthesis => "Synthesis",
        CyclePhase.Publication => "Publication",
        _ => phase.ToString(),
    };
}
