using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ReSoma.Tests.Infrastructure;

namespace ReSoma.Tests.Security;

/// <summary>
/// Production behind a TLS proxy: the portal's address is https://resoma.example.org, the proxy on loopback forwards
/// the scheme and the client's address. A request may also say it came through some other machine (X-Test-Remote,
/// set before the portal's own middleware runs), which is not a known proxy.
/// </summary>
public sealed class ProxyTests(ProxyTests.BehindProxyFactory factory) : PortalTest<ProxyTests.BehindProxyFactory>(factory)
{
    public sealed class BehindProxyFactory : PortalFactory
    {
        protected override string EnvironmentName => "Production";

        protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Site:BaseUrl"] = "https://resoma.example.org",
            ["RateLimits:AccountMail:PerAddress:PermitLimit"] = "2",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, RemoteAddressFilter>());
        }
    }

    private sealed class RemoteAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                if (context.Request.Headers.TryGetValue("X-Test-Remote", out var remote))
                {
                    context.Connection.RemoteIpAddress = IPAddress.Parse(remote.ToString());
                }

                await following(context);
            });
            next(app);
        };
    }

    private PortalClient Visitor(string scheme, string? forwardedFor = null, string? remote = null)
    {
        var client = new PortalClient(Factory.CreateClient(new() { BaseAddress = new Uri($"{scheme}://resoma.example.org"), AllowAutoRedirect = false, HandleCookies = true }));
        if (forwardedFor is not null)
        {
            client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        if (remote is not null)
        {
            client.Http.DefaultRequestHeaders.Add("X-Test-Remote", remote);
        }

        return client;
    }

    [Fact]
    public async Task A_request_the_proxy_received_over_HTTPS_gets_HSTS_and_only_Secure_cookies()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://resoma.example.org/account/login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await Visitor("http").Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Signing_in_over_HTTPS_sets_a_Secure_HttpOnly_session_cookie()
    {
        var visitor = Visitor("https");
        var login = await visitor.LoginAsync("researcher@resoma.local", PortalFactory.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.Status);
        var session = login.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("resoma.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Rate_limits_count_each_client_behind_the_proxy_on_its_own()
    {
        var first = Visitor("https", forwardedFor: "198.51.100.7");
        var second = Visitor("https", forwardedFor: "198.51.100.8");
        Assert.Equal(HttpStatusCode.OK, (await Resend(first, "a@example.org")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Resend(first, "b@example.org")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Resend(first, "c@example.org")).Status);

        Assert.Equal(HttpStatusCode.OK, (await Resend(second, "d@example.org")).Status);
    }

    [Fact]
    public async Task A_client_that_is_not_a_known_proxy_cannot_choose_its_address()
    {
        var liar = Visitor("https", forwardedFor: "198.51.100.20", remote: "192.0.2.50");
        var sameLiar = Visitor("https", forwardedFor: "198.51.100.21", remote: "192.0.2.50");
        Assert.Equal(HttpStatusCode.OK, (await Resend(liar, "e@example.org")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Resend(sameLiar, "f@example.org")).Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Resend(sameLiar, "g@example.org")).Status);
    }

    private static Task<Page> Resend(PortalClient client, string email) =>
        client.SubmitAsync("/account/resend-confirmation", new Dictionary<string, string> { ["Email"] = email });
}

/// <summary>The portal on real Kestrel names no server software.</summary>
public sealed class KestrelHeaderTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task Responses_carry_no_Server_header()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient();
        foreach (var path in new[] { "/", "/health", "/no-such-page" })
        {
            var response = await http.GetAsync(address.TrimEnd('/') + path);
            Assert.False(response.Headers.Contains("Server"), $"{path} names its server: {response.Headers.Server}");
        }
    }

    public void Dispose() => _factory.Dispose();
}
