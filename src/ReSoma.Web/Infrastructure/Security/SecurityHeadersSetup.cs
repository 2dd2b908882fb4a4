namespace ReSoma.Web.Infrastructure.Security;

public static class SecurityHeadersSetup
{
    /// <summary>
    /// Strict headers on every response: scripts only from this site (no inline script, no eval), styles only from
    /// files, no framing, no plugins, and forms that post only back here.
    /// </summary>
    public static IServiceCollection AddPortalSecurityHeaders(this IServiceCollection services)
    {
        services.AddSecurityHeaderPolicies().SetDefaultPolicy(policy => policy
            .AddDefaultSecurityHeaders()
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                csp.AddStyleSrc().Self();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            })
            .AddPermissionsPolicy(p =>
            {
                p.AddCamera().None();
                p.AddMicrophone().None();
                p.AddGeolocation().None();
            }));
        return services;
    }
}
