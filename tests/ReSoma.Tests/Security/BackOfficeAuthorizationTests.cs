using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;
using ReSoma.Web.Domain;
using Xunit.Abstractions;

namespace ReSoma.Tests.Security;

/// <summary>
/// Every back-office endpoint, found in the app's own endpoint data source (so a new one cannot be forgotten),
/// sends anonymous visitors to the login page and answers people without the right role with 403.
/// </summary>
public sealed class BackOfficeAuthorizationTests(PortalFactory factory, ITestOutputHelper output) : PortalTest<PortalFactory>(factory)
{
    [Fact]
    public void Every_back_office_endpoint_has_a_named_policy()
    {
        var endpoints = BackOfficeEndpoints();
        output.WriteLine($"{endpoints.Count} back-office endpoints ({endpoints.Count(e => e.Policies.Contains(Policies.Admin))} admin-only), each tried anonymously, "
            + "as each of the three stakeholder roles, and (admin-only ones) as an editor.");
        Assert.Contains(endpoints, e => e.Path == "/admin/users");
        foreach (var endpoint in endpoints)
        {
            Assert.True(endpoint.Policies.Count > 0, $"{endpoint.Method} {endpoint.Path} has no named authorization policy");
        }
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        foreach (var endpoint in BackOfficeEndpoints())
        {
            var response = await Client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{endpoint.Method} {endpoint.Path} answered {(int)response.StatusCode}");
            Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.Policymaker)]
    [InlineData(Roles.Practitioner)]
    public async Task Stakeholders_get_403_everywhere_in_the_back_office(string role)
    {
        await Client.LoginAsRoleAsync(role);
        foreach (var endpoint in BackOfficeEndpoints())
        {
            var response = await Client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role}: {endpoint.Method} {endpoint.Path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Editors_get_403_on_admin_pages()
    {
        await Client.LoginAsRoleAsync(Roles.Editor);
        foreach (var endpoint in BackOfficeEndpoints().Where(e => e.Policies.Contains(Policies.Admin)))
        {
            var response = await Client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{endpoint.Method} {endpoint.Path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_403_page_is_in_the_portals_look()
    {
        await Client.LoginAsRoleAsync(Roles.Researcher);
        var page = await Client.GetAsync("/admin/users");
        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal("You do not have access to this page", page.One("h1")!.TextContent);
    }

    private sealed record BackOfficeEndpoint(string Method, string Path, IReadOnlyList<string> Policies);

    private List<BackOfficeEndpoint> BackOfficeEndpoints()
    {
        var sources = Factory.Services.GetRequiredService<IEnumerable<EndpointDataSource>>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Where(e => IsBackOffice(e.RoutePattern.RawText))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => new BackOfficeEndpoint(method, SamplePath(e.RoutePattern), PoliciesOf(e))))
            .ToList();
    }

    private static bool IsBackOffice(string? pattern) =>
        pattern is not null && (pattern.TrimStart('/').StartsWith("admin", StringComparison.Ordinal) || pattern.TrimStart('/').StartsWith("editor", StringComparison.Ordinal));

    // Route parameters get a sample value: authorization must answer before anything looks the value up.
    private static string SamplePath(RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part is RoutePatternLiteralPart literal ? literal.Content : "1"))));

    private static List<string> PoliciesOf(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
}
