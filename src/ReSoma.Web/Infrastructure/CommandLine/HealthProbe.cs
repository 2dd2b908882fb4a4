namespace ReSoma.Web.Infrastructure.CommandLine;

/// <summary>
/// <c>probe &lt;url&gt;</c>: one GET, exit 0 on a 2xx answer, 1 otherwise. The container's health check: the runtime
/// image has neither curl nor wget, and the portal's own binary needs nothing installed.
/// </summary>
public static class HealthProbe
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            await Console.Error.WriteLineAsync($"'{url}' is not an http(s) address.");
            return 2;
        }

        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await client.GetAsync(address);
            if (response.IsSuccessStatusCode)
            {
                Console.WriteLine($"{address}: {(int)response.StatusCode} {response.ReasonPhrase}");
                return 0;
            }

            await Console.Error.WriteLineAsync($"{address}: {(int)response.StatusCode} {response.ReasonPhrase}");
            return 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{address}: no answer ({e.Message})");
            return 1;
        }
    }
}
