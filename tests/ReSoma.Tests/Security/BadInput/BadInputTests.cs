using System.Diagnostics;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using Xunit.Abstractions;

namespace ReSoma.Tests.Security.BadInput;

/// <summary>
/// Issue 11, "bad input everywhere": every form and query field of every endpoint, as a role that may use it, with
/// the corpus of <see cref="BadInputCorpus"/>. No answer may be a 5xx, and no payload may come back unencoded.
/// </summary>
public sealed class BadInputTests(BadInputTests.WalkPortalFactory factory, ITestOutputHelper output) : PortalTest<BadInputTests.WalkPortalFactory>(factory)
{
    /// <summary>The demo content gives every route a real value; the questionnaire's rate limit would turn the walk's
    /// answers into 429s before they reach the action, so it is lifted here.</summary>
    public sealed class WalkPortalFactory : PortalFactory
    {
        protected override bool SeedDemoContent => true;

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["RateLimits:QuestionnaireAnswers:PermitLimit"] = "100000",
        };
    }

    [Fact]
    public async Task Every_endpoint_survives_bad_input_and_shows_it_only_encoded()
    {
        var clock = Stopwatch.StartNew();
        var endpoints = await WalkedEndpoints.FindAsync(Factory.Services);
        var samples = await RouteSamples.LoadAsync(Factory, DateTimeOffset.UtcNow);
        var walk = new BadInputWalk(Factory, NewClient, samples);
        await walk.WalkAsync(endpoints, output.WriteLine);

        var failures = walk.Results.Failures;
        output.WriteLine($"Walked {endpoints.Count} endpoints ({endpoints.Count(e => !e.IsPost)} GET, {endpoints.Count(e => e.IsPost)} POST; "
            + $"{WalkedEndpoints.Excluded.Count} excluded) as {WalkedEndpoints.Identities.Count} identities, with {BadInputCorpus.All.Count} payloads: "
            + $"{walk.Results.Requests} requests in {clock.Elapsed.TotalSeconds:0} s, {failures.Count(f => f.Kind == WalkFailure.ServerError)} 5xx, "
            + $"{failures.Count(f => f.Kind == WalkFailure.Unencoded)} unencoded payloads.");
        output.WriteLine($"Statuses: {walk.Results.StatusCounts}");
        foreach (var (template, reason) in WalkedEndpoints.Excluded)
        {
            output.WriteLine($"Not walked: {template}: {reason}");
        }

        Assert.True(failures.Count == 0, Report(failures));
    }

    [Fact]
    public void The_detector_flags_payloads_a_browser_would_run_and_passes_encoded_ones()
    {
        Assert.NotEmpty(UnencodedPayloads.Find("text/html", $"<p title=\"{BadInputCorpus.AttributeProbe}\">x</p>"));
        Assert.NotEmpty(UnencodedPayloads.Find("text/html", $"<p>{BadInputCorpus.ScriptProbe}</p>"));
        Assert.NotEmpty(UnencodedPayloads.Find("text/html", "<a href=\" java\tscript:alert(1)\">x</a>"));
        Assert.NotEmpty(UnencodedPayloads.Find("application/atom+xml", $"<title>{BadInputCorpus.AttributeProbe}</title>"));

        var encoded = System.Net.WebUtility.HtmlEncode(BadInputCorpus.AttributeProbe + BadInputCorpus.ScriptProbe);
        Assert.Empty(UnencodedPayloads.Find("text/html", $"<p title=\"{encoded}\">{encoded}</p><a href=\"/x?u=javascript:alert(1)\">x</a>"));
        Assert.Empty(UnencodedPayloads.Find("text/csv", BadInputCorpus.AttributeProbe));
    }

    [Fact]
    public void The_header_check_flags_what_Kestrel_would_refuse_to_send()
    {
        using var refused = new HttpResponseMessage();
        refused.Headers.TryAddWithoutValidation("Location", "/account?\u202Eevil");
        Assert.Single(UnsendableHeaders.Find(refused));

        using var sent = new HttpResponseMessage();
        sent.Headers.TryAddWithoutValidation("Location", "/account?q=%E2%80%AE");
        Assert.Empty(UnsendableHeaders.Find(sent));
    }

    [Fact]
    public async Task The_walk_finds_every_field_an_action_binds()
    {
        var endpoints = await WalkedEndpoints.FindAsync(Factory.Services);
        InputField[] FieldsOf(string method, string template) => endpoints.Single(e => e.Method == method && e.Template == template).Fields.ToArray();

        Assert.Contains(new InputField("RememberMe", FieldKind.Boolean), FieldsOf("POST", "/account/login"));
        Assert.Contains(new InputField("page", FieldKind.Number), FieldsOf("GET", "/briefs"));
        Assert.Contains(new InputField("Input.Questions[0].Kind", FieldKind.Enum), FieldsOf("POST", "/editor/interviews/{id}/edit"));
        Assert.Contains(new InputField("NewTopics[0].Origin", FieldKind.Enum), FieldsOf("POST", "/admin/cycles/new"));
        Assert.Contains(new InputField("AdoptedOrigins[0]", FieldKind.Enum), FieldsOf("POST", "/admin/cycles/new"));
        Assert.Contains(new InputField("TopicIds", FieldKind.Number), FieldsOf("POST", "/editor/events/new"));
        Assert.DoesNotContain(FieldsOf("POST", "/editor/events/{id}/edit"), f => f.Name is "id" or "cancellationToken");

        Assert.Equal(Roles.Editor, endpoints.Single(e => e.ToString() == "POST /editor/events/{id}/edit").Role);
        Assert.Equal(Roles.Admin, endpoints.Single(e => e.ToString() == "GET /admin/users").Role);
        Assert.Equal(Roles.Researcher, endpoints.Single(e => e.ToString() == "POST /cycles/next/proposals").Role);
        Assert.Null(endpoints.Single(e => e.ToString() == "POST /account/login").Role);
        Assert.DoesNotContain(endpoints, e => e.Template == "/account/logout");
    }

    // One line per endpoint, input and problem kind, with how often it happened: readable even when hundreds fail.
    private static string Report(IReadOnlyList<WalkFailure> failures) =>
        $"{failures.Count} bad answers:\n" + string.Join('\n', failures
            .GroupBy(f => (f.Request, f.Problem))
            .Select(g => $"{g.Key.Request}: {g.Key.Problem} ({g.Count()}x, e.g. {string.Join("; ", g.Select(f => f.Input).Distinct().Take(3))})")
            .Take(150));
}
