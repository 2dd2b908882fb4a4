namespace ReSoma.Web.Features.Shared;

/// <summary>
/// One feature's share of a person's data, for the GDPR export. Each feature that stores personal data adds one
/// (registrations, contributions, answers...), so the export grows with the portal.
/// </summary>
public interface IPersonalDataSource
{
    string Section { get; }

    /// <summary>The stored things, referring to a person, that this source exports (a test checks that every such
    /// entity of the model is covered by some source).</summary>
    IReadOnlyCollection<Type> Covers { get; }

    Task<object?> CollectAsync(string userId, CancellationToken cancellationToken);
}
