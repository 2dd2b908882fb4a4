namespace ReSoma.Web.Domain;

/// <summary>The steps of an annual cycle, in the only order they may be taken.</summary>
public enum CyclePhase
{
    AgendaSetting = 1,
    Consultations = 2,
    Synthesis = 3,
    Publication = 4,
}
