using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ReSoma.Web.Infrastructure.Web;

/// <summary>
/// How the portal meets the outside world: the public address it answers for, the proxy in front of it, and what
/// HTTPS implies (Secure cookies, HSTS). See docs/decisions/0016-public-address.md.
/// </summary>
public static class PublicAddressSetup
{
    public const string KnownProxiesSetting = "ForwardedHeaders:KnownProxies";
    public const string KnownNetworksSetting = "ForwardedHeaders:KnownNetworks";

    public static WebApplicationBuilder AddPublicAddress(this WebApplicationBuilder builder)
    {
        var site = SiteAddress.Configured(builder.Configuration);
        if (site is null && !builder.Environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Set {SiteAddress.Setting} (environment variable Site__BaseUrl) to the portal's public address, like https://resoma.example.org. " +
                "Links in mail are built from it, never from the request.");
        }

        // Unless the operator set AllowedHosts, requests for any other host name are refused (400) before they reach
        // the portal. Loopback names stay allowed for health checks run inside the container or on the machine itself.
        if (site is not null && string.IsNullOrWhiteSpace(builder.Configuration["AllowedHosts"]))
        {
            builder.Configuration["AllowedHosts"] = $"{site.IdnHost};localhost;127.0.0.1;[::1]";
        }

        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        builder.Services.Configure<ForwardedHeadersOptions>(o => ConfigureProxies(o, builder.Configuration));

        // A portal whose public address is HTTPS never sends a cookie that could travel over plain HTTP.
        var https = site?.Scheme == Uri.UriSchemeHttps;
        builder.Services.Configure<CookiePolicyOptions>(o =>
        {
            o.Secure = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return builder;
    }

    /// <summary>First in the pipeline: the client's address and scheme as the trusted proxy saw them.</summary>
    public static WebApplication UsePublicAddress(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
        return app;
    }

    // Only X-Forwarded-For and -Proto, and only from the configured proxies (loopback when none are set): the host
    // name never comes from a header, and a client elsewhere cannot claim another address to dodge the rate limits.
    private static void ConfigureProxies(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        foreach (var proxy in configuration.GetSection(KnownProxiesSetting).Get<string[]>() ?? [])
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (var network in configuration.GetSection(KnownNetworksSetting).Get<string[]>() ?? [])
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
