using AngleSharp.Html.Parser;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Security.BadInput;

/// <summary>
/// Walks each endpoint as the identity allowed to use it (<see cref="WalkPlan"/> says with what). Each identity first
/// opens every page it may see; their POST forms are the baselines of the POST endpoints. The requests of a GET endpoint
/// are shared among <see cref="Lanes"/> browsers of that identity, sent side by side; those of a POST endpoint go one
/// after the other, so the outcome never depends on two writes racing (two creates of the same account, say). After
/// each POST endpoint the database is restored, so one endpoint's deletions cannot hide the next one's pages.
/// </summary>
public sealed class BadInputWalk(PortalFactory factory, Func<PortalClient> newClient, RouteSamples samples)
{
    /// <summary>Two browsers keep both cores of a small machine busy while pages are read.</summary>
    public const int Lanes = 2;

    private static readonly HtmlParser Parser = new();

    // Forms that open empty (and OAI-PMH, which has none) but need real values to reach what the action does after validation.
    private static readonly Dictionary<string, Dictionary<string, string>> ValidStarts = new()
    {
        ["/account/login"] = new() { ["Email"] = "practitioner@resoma.local", ["Password"] = PortalFactory.Password },
        ["/account/register"] = TestData.RegistrationForm("walker@example.org"),
        ["/account/forgot-password"] = new() { ["Email"] = "practitioner@resoma.local" },
        ["/account/resend-confirmation"] = new() { ["Email"] = "practitioner@resoma.local" },
        ["/oai"] = new() { ["verb"] = "ListRecords", ["metadataPrefix"] = "oai_dc" },
    };

    public WalkResults Results { get; } = new();

    public async Task WalkAsync(IReadOnlyList<WalkedEndpoint> endpoints, Action<string> log)
    {
        foreach (var identity in WalkedEndpoints.Identities)
        {
            var visitors = Enumerable.Range(0, Lanes).Select(_ => new WalkVisitor(newClient, identity, Results)).ToList();
            foreach (var visitor in visitors)
            {
                await visitor.SignInAsync();
            }

            var before = Results.Requests;
            var forms = await OpenPagesAsync(visitors[0], endpoints.Where(e => e.Method == "GET" && (e.Role is null || e.Role == identity)));
            var mine = endpoints.Where(e => e.Role == identity).ToList();
            foreach (var endpoint in mine)
            {
                var requests = WalkPlan.For(endpoint, samples, BaselineOf(endpoint, forms, out var realForm), realForm);
                var lanes = endpoint.IsPost ? 1 : Lanes;
                await Task.WhenAll(visitors.Take(lanes).Select(async (visitor, lane) =>
                {
                    foreach (var request in requests.Where((_, i) => i % lanes == lane))
                    {
                        await visitor.SendAsync(request);
                    }
                }));

                if (endpoint.IsPost)
                {
                    factory.Reset();
                }
            }

            log($"{identity ?? "anonymous"}: {mine.Count} endpoints, {Results.Requests - before} requests");
        }
    }

    // Opens every page the identity may see (each one checked like any other answer) and keeps its POST forms.
    private async Task<Dictionary<string, List<KeyValuePair<string, string>>>> OpenPagesAsync(WalkVisitor visitor, IEnumerable<WalkedEndpoint> pages)
    {
        var forms = new Dictionary<string, List<KeyValuePair<string, string>>>();
        foreach (var page in pages)
        {
            var path = WalkPlan.PathOf(page.Route, samples, null, null);
            if (await visitor.SendAsync(new WalkRequest("GET", path, [], "opening the page")) is not { } html)
            {
                continue;
            }

            foreach (var form in Parser.ParseDocument(html).Forms.Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)))
            {
                forms.TryAdd((form.GetAttribute("action") ?? path).Split('?')[0], PortalClient.FieldsOf(form));
            }
        }

        return forms;
    }

    private List<KeyValuePair<string, string>> BaselineOf(WalkedEndpoint endpoint, Dictionary<string, List<KeyValuePair<string, string>>> forms, out bool realForm)
    {
        var found = forms.TryGetValue(WalkPlan.PathOf(endpoint.Route, samples, null, null), out var form);
        var baseline = (form ?? []).Select(f => new KeyValuePair<string, string>(f.Key, Uri.EscapeDataString(f.Value))).ToList();
        realForm = found && endpoint.IsPost;
        if (ValidStarts.TryGetValue(endpoint.Template, out var start))
        {
            realForm = true;
            var values = start.ToDictionary(s => s.Key, s => Uri.EscapeDataString(s.Value));
            baseline = baseline.Where(f => !values.ContainsKey(f.Key)).Concat(values).ToList();
        }

        return baseline;
    }
}
