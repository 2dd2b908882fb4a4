namespace ReSoma.Web.Features.Shared;

/// <summary>
/// Something a feature must do before a person's account is deleted (e.g. give their seats to the waitlist),
/// beyond what the database's cascades already remove.
/// </summary>
public interface IAccountDeletionStep
{
    Task BeforeDeleteAsync(string userId, CancellationToken cancellationToken);
}
