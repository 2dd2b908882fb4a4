namespace ReSoma.Web.Domain;

/// <summary>The things people register for. Both are served by one registration mechanism.</summary>
public enum RegistrableKind
{
    Consultation = 1,
    Event = 2,
}
