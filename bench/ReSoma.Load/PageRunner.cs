using System.Net;

namespace ReSoma.Load;

/// <summary>
/// Loads one page with wrk in interleaved pairs — the ceiling, then the page — so each page figure has a ceiling
/// measured seconds before it on a machine whose speed drifts with what else runs on it. An untimed warm-up first.
/// </summary>
public sealed class PageRunner(Uri ceiling, Uri portal, LoadOptions options, int? portalProcessId)
{
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    public async Task<PageResult> RunAsync(PageCase page)
    {
        // Signed in afresh for each page: the session cookie is re-validated (a database read and a new cookie) on every
        // request once it is a minute old, and wrk never takes the new one, as a browser would.
        var cookies = page.SignedIn ? new[] { "Cookie: " + (await Session.SignInAsync(portal, PeopleSeeder.Email(1))).CookieHeader } : [];
        string[] headers = page.UserAgent is null ? cookies : [.. cookies, "User-Agent: " + page.UserAgent];
        var status = await StatusAsync(new Uri(portal, page.Path), headers);
        var url = new Uri(portal, page.Path);
        Wrk.Measure(url, options.Connections, WarmUp, headers);
        var pairs = new List<PairResult>();
        for (var i = 0; i < options.Pairs; i++)
        {
            Idle.WaitFor(portalProcessId, TimeSpan.FromSeconds(60));
            var top = Wrk.Measure(ceiling, options.Connections, options.Duration);
            pairs.Add(new PairResult(top, Wrk.Measure(url, options.Connections, options.Duration, headers)));
        }

        var result = new PageResult(page.Name, page.Path, page.SignedIn, status, pairs);
        Console.WriteLine(FormattableString.Invariant(
            $"  {page.Name,-24} {result.MedianRps,8:F0} rps  {result.Ratio,6:P1} of the ceiling ({PageResult.Median(pairs.Select(p => p.Ceiling.RequestsPerSecond)):F0})  p50 {result.P50Ms,7:F1} ms  p99 {result.P99Ms,7:F1} ms  non-2xx {result.Non2xx}  errors {result.Errors}{(status == 200 ? "" : $"  STATUS {status}")}"));
        return result;
    }

    /// <summary>What one plain GET answers (no redirect followed): a page that does not answer 200 is flagged in the table.</summary>
    public static async Task<int> StatusAsync(Uri url, IReadOnlyList<string> headers)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(60) };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        foreach (var header in headers)
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            request.Headers.TryAddWithoutValidation(header[..colon], header[(colon + 1)..].Trim());
        }

        try
        {
            using var response = await http.SendAsync(request);
            return (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return (int)HttpStatusCode.ServiceUnavailable;
        }
    }
}
