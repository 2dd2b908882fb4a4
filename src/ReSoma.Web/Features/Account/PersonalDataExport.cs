using System.Text.Json;
using ReSoma.Web.Features.Shared;

namespace ReSoma.Web.Features.Account;

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
