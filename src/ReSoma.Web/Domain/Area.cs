namespace ReSoma.Web.Domain;

/// <summary>The three policy areas every ReSOMA topic belongs to.</summary>
public enum Area
{
    Migration = 1,
    Asylum = 2,
    Integration = 3,
}
