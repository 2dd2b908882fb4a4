namespace ReSoma.Web.Features.Accessibility;

public static class AccessibilityFeature
{
    public static IServiceCollection AddAccessibilityFeature(this IServiceCollection services, IConfiguration configuration)
    {
        // The portal publishes one contact address (the privacy notice's); a separate one for accessibility is optional.
        services.AddOptions<AccessibilityOptions>().BindConfiguration(AccessibilityOptions.Section)
            .PostConfigure(o => o.ContactEmail = o.ContactEmail is { Length: > 0 } own ? own
                : configuration["Privacy:ContactEmail"] is { Length: > 0 } shared ? shared : "privacy@resoma.local"); // the privacy notice's default
        return services;
    }
}
