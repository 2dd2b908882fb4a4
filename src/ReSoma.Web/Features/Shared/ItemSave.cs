using ReSoma.Web.Infrastructure.Registrations;

namespace ReSoma.Web.Features.Shared;

/// <summary>What saving the form of a consultation or an event came to.</summary>
/// <typeparam name="TSnapshot">How the item is shown beside the editor's own changes when someone saved it first.</typeparam>
public abstract record ItemSave<TSnapshot>
{
    /// <param name="Promoted">How many people on the waitlist got one of the added seats (and were told by mail).</param>
    public sealed record Saved(int Promoted) : ItemSave<TSnapshot>;

    public sealed record Missing : ItemSave<TSnapshot>;

    public sealed record Conflict(TSnapshot Theirs, int TheirVersion) : ItemSave<TSnapshot>;

    /// <summary>The seats cannot be as asked (<see cref="SeatPoolChanges"/> says why). <paramref name="SavedVersion"/>
    /// is set when the other changes were saved and only the seats were refused (someone registered in between).</summary>
    public sealed record SeatsRefused(string Error, int? SavedVersion) : ItemSave<TSnapshot>;
}

/// <summary>What the shared edit actions need of a consultation's or an event's editor.</summary>
public interface IItemEditor<TInput, TSnapshot, TPage>
    where TInput : RegistrableInput
{
    /// <returns>The new item's id; it starts as a draft.</returns>
    Task<int> CreateAsync(TInput input, CancellationToken cancellationToken = default);

    /// <summary>The edit page as stored; null when there is no such item.</summary>
    Task<TPage?> LoadAsync(int id, CancellationToken cancellationToken = default);

    Task<ItemSave<TSnapshot>> SaveAsync(int id, TInput input, CancellationToken cancellationToken = default);

    /// <summary>The edit page as stored, with what the editor posted kept (the details form, or the schedule's time).</summary>
    Task<TPage?> PageWithInputAsync(int id, TInput? input, TSnapshot? theirs = default, ScheduleInput? schedule = null, CancellationToken cancellationToken = default);

    Task<PublicationRefusal?> ChangePublicationAsync(int id, PublicationChange change, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(int id, CancellationToken cancellationToken = default);
}
