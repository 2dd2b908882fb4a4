namespace ReSoma.Web.Domain;

/// <summary>Why a person may not register (the mechanism words it for the page).</summary>
public enum RegistrationRefusal
{
    None = 0,
    NotPublished,
    NoSeats,
    Cancelled,
    Closed,
    RoleNotAllowed,
}
