using System.Text.Json;

namespace ReSoma.Web.Features.Account;

/// <summary>
/// One feature's share of a person's data, for the GDPR export. Each feature that stores personal data adds one
/// (registrations, contributions, answers...), so the export grows with the portal.
/// </summary>
public interface IPersonalDataSource
{
    string Section { get; }

    Task<object?> CollectAsync(string userId, CancellationToken cancellationToken);
}

public sealed class PersonalDataExport(IEnumerable<IPersonalDataSource> sources, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public async Task<byte[]> ToJsonAsync(string userId, CancellationToken cancellationToken = default)
    {
        var document = new Dictionary<string, object?> { ["exportedAt"] = clock.GetUtcNow() };
        foreach (var source in sources)
        {
            document[source.Section] = await source.CollectAsync(userId, cancellationToken);
        }

        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }
}
