namespace ReSoma.Web.Infrastructure.Registrations;

/// <summary>What a person is told about their registration.</summary>
public enum RegistrationMail
{
    Confirmed,
    Waitlisted,
    Promoted,
    CancelledByYou,
    ItemCancelled,
    Reminder,
    WaitlistClosed,
}
