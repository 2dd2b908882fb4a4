using System.Net.Http.Headers;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Security.BadInput;

/// <summary>
/// One browser of the walk, signed in as its identity: sends a request with its antiforgery token, checks the answer
/// (5xx, headers Kestrel would refuse, payloads shown unencoded) and follows a redirect a POST answers, so what was
/// stored is looked at too.
/// </summary>
public sealed class WalkVisitor(Func<PortalClient> newClient, string? role, WalkResults results)
{
    private const string TokenField = "__RequestVerificationToken";

    private PortalClient _client = null!;
    private string _token = "";

    public async Task SignInAsync()
    {
        _client = newClient();
        if (role is not null)
        {
            await _client.LoginAsRoleAsync(role);
        }

        _token = await _client.TokenAsync();
    }

    /// <summary>Sends the request and returns the page's HTML, or null when the answer is not a page.</summary>
    public async Task<string?> SendAsync(WalkRequest walk)
    {
        var encoded = string.Join('&', walk.Fields.Where(f => f.Key != TokenField).Select(f => $"{Uri.EscapeDataString(f.Key)}={f.Value}"));
        using var request = new HttpRequestMessage(new HttpMethod(walk.Method), walk.Method == "GET" && encoded.Length > 0 ? $"{walk.Path}?{encoded}" : walk.Path);
        if (walk.Method != "GET")
        {
            // The identity's own token; the page's copy in the baseline is left out, as two tokens are refused.
            var token = walk.WithToken ? $"{TokenField}={Uri.EscapeDataString(_token)}" : "";
            var body = string.Join('&', new[] { encoded, token }.Where(p => p.Length > 0));
            // No charset, as browsers send it: the form is then read as UTF-8 (a "us-ascii" one would turn every byte
            // beyond ASCII into "?" before the portal saw it).
            request.Content = new StringContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        }

        var shown = $"{walk.Method} {Shorten(walk.Path)}";
        var (html, location) = await CheckAsync(request, shown, walk.Input);
        if (location is not null && walk.Method != "GET" && location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal))
        {
            using var follow = new HttpRequestMessage(HttpMethod.Get, location);
            await CheckAsync(follow, $"GET {Shorten(location)} (after {shown})", walk.Input);
            if (role is null)
            {
                await SignInAsync(); // a walked login worked: back to an anonymous visitor
            }
        }

        return html;
    }

    private async Task<(string? Html, string? Location)> CheckAsync(HttpRequestMessage request, string shown, string input)
    {
        results.Sent();
        HttpResponseMessage response;
        try
        {
            response = await _client.Http.SendAsync(request);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            results.Fail(new WalkFailure(WalkFailure.ServerError, shown, input, $"threw {e.GetType().Name}: {e.Message}"));
            return (null, null);
        }

        using (response)
        {
            results.Answered((int)response.StatusCode);
            if ((int)response.StatusCode >= 500)
            {
                results.Fail(new WalkFailure(WalkFailure.ServerError, shown, input, $"answered {(int)response.StatusCode}"));
            }

            foreach (var problem in UnsendableHeaders.Find(response))
            {
                results.Fail(new WalkFailure(WalkFailure.ServerError, shown, input, problem));
            }

            var location = response.Headers.NonValidated.TryGetValues("Location", out var values) ? values.ToString() : null;
            if (UnencodedPayloads.IsScriptUrl(location))
            {
                results.Fail(new WalkFailure(WalkFailure.Unencoded, shown, input, $"redirects to {location}"));
            }

            var media = response.Content.Headers.ContentType?.MediaType;
            if (media is null || !(media.Contains("html", StringComparison.Ordinal) || media.Contains("xml", StringComparison.Ordinal)))
            {
                return (null, location);
            }

            var body = await response.Content.ReadAsStringAsync();
            foreach (var problem in UnencodedPayloads.Find(media, body))
            {
                results.Fail(new WalkFailure(WalkFailure.Unencoded, shown, input, problem));
            }

            return (media == "text/html" ? body : null, location);
        }
    }

    private static string Shorten(string path) => path.Length > 120 ? path[..100] + $"...({path.Length} chars)" : path;
}
